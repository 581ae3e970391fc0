package org.consortia.upload;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.consortia.access.InvalidInputException;
import org.consortia.text.Sha256;

/**
 * Checks an uploaded file before anything of it is stored: a name that is only a name, content that
 * is not empty and within the limit, and a type read from the content by Tika's detector, never
 * taken from the name or from what the browser said. The name must then end as files of that type
 * do, so that nobody downloads a PDF called "report.docx".
 */
@ApplicationScoped
public class UploadCheck {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]|\\.\\.|^\\.|^\\s|\\s$");

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    /**
     * The file, checked against the types given; refused with a message beside {@code field}
     * otherwise.
     */
    public UploadedFile check(String field, String name, byte[] content, AcceptedTypes accepted) {
        if (name == null || name.isBlank() || content == null) {
            throw InvalidInputException.of(field, "Choose a file to upload.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of(field, "The file's name is longer than " + MAX_NAME_LENGTH
                    + " characters: rename the file and upload it again.");
        }
        if (UNSAFE_NAME.matcher(name).find()) {
            throw InvalidInputException.of(field, "The file's name may not contain slashes, \"..\", control characters"
                    + " or any of : * ? \" < > |, nor begin with a dot or a space: rename the file and upload it again.");
        }
        if (content.length == 0) {
            throw InvalidInputException.of(field, "\"" + name + "\" is empty: choose the file with the paper in it.");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "\"" + name + "\" is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most a file may be: make it smaller, or split it into several files.");
        }
        String type = detect(name, content);
        if (!accepted.accepts(type) || AcceptedTypes.OFFICE_OPEN_XML.contains(type) && !isOfficePackage(content)) {
            throw InvalidInputException.of(field, "\"" + name + "\" is not a " + accepted.inWords()
                    + " file: its content is not one of those, whatever its name says.");
        }
        List<String> extensions = extensionsOf(type);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(lowerName::endsWith)) {
            throw InvalidInputException.of(field, "\"" + name + "\" holds a " + accepted.labelOf(type)
                    + ", so its name should end in " + extensions.get(0) + ": rename the file and upload it again.");
        }
        return new UploadedFile(name, type, content, Sha256.hex(content));
    }

    /** The type the content shows, the name only telling apart types whose content looks alike. */
    private String detect(String name, byte[] content) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            MediaType type = tika.detect(stream, metadata);
            return type.getBaseType().toString();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    private List<String> extensionsOf(String type) {
        try {
            return tika.forName(type).getExtensions();
        } catch (MimeTypeException unknown) {
            throw new IllegalStateException("Tika knows no type " + type, unknown);
        }
    }

    /**
     * Whether a ZIP archive is an Office Open XML package: Tika's magic sees only a ZIP archive and
     * lets the name say which Office type it is, so the package's own parts must confirm it.
     */
    private static boolean isOfficePackage(byte[] content) {
        boolean contentTypes = false;
        boolean officePart = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                officePart |= entry.getName().startsWith("word/") || entry.getName().startsWith("xl/")
                        || entry.getName().startsWith("ppt/");
            }
        } catch (IOException | IllegalArgumentException notAnArchive) {
            return false;
        }
        return contentTypes && officePart;
    }
}
