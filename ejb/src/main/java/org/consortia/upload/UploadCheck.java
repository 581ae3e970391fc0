package org.consortia.upload;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    // Control and invisible formatting characters (right-to-left overrides, zero-width spaces, line
    // separators) too: they make a name read as something it is not.
    private static final Pattern UNSAFE_NAME = Pattern.compile(
            "[\\p{Cntrl}\\p{Cf}\\u2028\\u2029/\\\\:*?\"<>|]|\\.\\.|^\\.|^\\s|\\s$");

    /** What Tika's magic says of Office 97 files; the name tells which of them a file is. */
    private static final String OLE2 = "application/x-tika-msoffice";
    private static final Set<String> OFFICE_97 = Set.of(AcceptedTypes.WORD_97, AcceptedTypes.EXCEL_97,
            AcceptedTypes.POWERPOINT_97);
    /** What Tika's magic says of a ZIP archive, or of one that begins as Office Open XML does. */
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");

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
            throw InvalidInputException.of(field, "\"" + name + "\" is empty: choose the file with the document in it.");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "\"" + name + "\" is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most a file may be: make it smaller, or split it into several files.");
        }
        String type = typeOf(name, content);
        if (type == null || !accepted.accepts(type)) {
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

    /**
     * The type the content shows, or null when it shows none of the types a paper may be. Tika's magic
     * alone decides; only where it sees a container that several types share (an Office 97 file, a ZIP
     * archive) does the name tell which, and then a ZIP archive must be a real Office Open XML package.
     * OpenDocument files are told by their content alone. The name is never a fallback for content
     * that shows nothing.
     */
    private String typeOf(String name, byte[] content) {
        String fromContent = detect(null, content);
        if (fromContent.equals(OLE2)) {
            String named = detect(name, content);
            return OFFICE_97.contains(named) ? named : null;
        }
        if (ZIP.contains(fromContent)) {
            String named = detect(name, content);
            return AcceptedTypes.OFFICE_OPEN_XML.contains(named) && isOfficePackage(content) ? named : null;
        }
        return fromContent;
    }

    private String detect(String name, byte[] content) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
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
