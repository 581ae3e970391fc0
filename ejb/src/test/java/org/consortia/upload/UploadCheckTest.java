package org.consortia.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.consortia.access.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final UploadCheck check = new UploadCheck();

    private String refusal(String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> check.check("file", name, content, AcceptedTypes.PAPERS))
                .messagesByField().get("file");
    }

    @Test
    void theTypeComesFromTheContentAndTheFingerprintFromEveryByte() {
        UploadedFile pdf = check.check("file", "Budget 2027.pdf", PDF, AcceptedTypes.PAPERS);
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("Budget 2027.pdf", pdf.name());
        assertEquals(64, pdf.sha256().length());
        assertEquals("image/png", check.check("file", "map.PNG", PNG, AcceptedTypes.PAPERS).mediaType());
        assertEquals("image/jpeg", check.check("file", "site.jpg", JPEG, AcceptedTypes.PAPERS).mediaType());
    }

    @Test
    void realOfficeAndOpenDocumentFilesAreAccepted() throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Terms of reference");
            document.write(word);
        }
        assertEquals(AcceptedTypes.WORD, check.check("file", "terms.docx", word.toByteArray(), AcceptedTypes.PAPERS)
                .mediaType());
        assertEquals(AcceptedTypes.OPEN_TEXT, check.check("file", "terms.odt", openDocumentText(), AcceptedTypes.PAPERS)
                .mediaType());
    }

    @Test
    void aZipArchiveIsRefusedWhateverItsNameClaims() throws IOException {
        byte[] zip = zipOf("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("\"minutes.pdf\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its content"
                + " is not one of those, whatever its name says.", refusal("minutes.pdf", zip));
        assertEquals("\"minutes.docx\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its content"
                + " is not one of those, whatever its name says.", refusal("minutes.docx", zip));
    }

    @Test
    void contentThatShowsNoTypeIsRefusedWhateverItsName() throws IOException {
        byte[] unknown = {0x13, 0x37, 0x42, 0x00, 0x7f, 0x10, 0x20, 0x30, 0x40, 0x50};
        for (String name : new String[] {"minutes.pdf", "minutes.doc", "minutes.xls", "map.png", "photo.jpg"}) {
            assertEquals("\"" + name + "\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its"
                    + " content is not one of those, whatever its name says.", refusal(name, unknown));
        }
        byte[] zip = zipOf("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("\"notes.odt\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its content"
                + " is not one of those, whatever its name says.", refusal("notes.odt", zip));
    }

    @Test
    void anOffice97FileIsToldApartByItsNameOnlyAmongOffice97Types() throws IOException {
        ByteArrayOutputStream ole2 = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            container.writeFilesystem(ole2);
        }
        assertEquals(AcceptedTypes.WORD_97, check.check("file", "old.doc", ole2.toByteArray(), AcceptedTypes.PAPERS)
                .mediaType());
        assertEquals("\"old.pdf\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its content"
                + " is not one of those, whatever its name says.", refusal("old.pdf", ole2.toByteArray()));
    }

    @Test
    void aNameThatDisguisesTheContentIsRefused() {
        assertEquals("\"report.docx\" holds a PDF, so its name should end in .pdf: rename the file and upload it again.",
                refusal("report.docx", PDF));
        assertEquals("\"script.html\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its"
                + " content is not one of those, whatever its name says.",
                refusal("script.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\boot.pdf", "a/b.pdf", "tab\there.pdf", "line\nbreak.pdf",
            ".hidden.pdf", "nul\u0000.pdf", "what?.pdf", "budget\u202Excod.pdf", "zero\u200Bwidth.pdf",
            "line\u2028separator.pdf"})
    void aNameThatCouldEscapeOrConfuseIsRefused(String name) {
        assertEquals("The file's name may not contain slashes, \"..\", control characters or any of : * ? \" < > |,"
                + " nor begin with a dot or a space: rename the file and upload it again.", refusal(name, PDF));
    }

    @Test
    void emptyMissingAndOverSizeFilesAreRefused() {
        assertEquals("\"empty.pdf\" is empty: choose the file with the document in it.", refusal("empty.pdf", new byte[0]));
        assertEquals("Choose a file to upload.", refusal(null, null));
        assertEquals("Choose a file to upload.", refusal(" ", PDF));
        byte[] large = Arrays.copyOf(PDF, UploadCheck.MAX_BYTES + 1);
        assertEquals("\"large.pdf\" is larger than 20 MB, the most a file may be: make it smaller, or split it into"
                + " several files.", refusal("large.pdf", large));
        assertEquals("application/pdf", check.check("file", "limit.pdf", Arrays.copyOf(PDF, UploadCheck.MAX_BYTES),
                AcceptedTypes.PAPERS).mediaType());
        assertEquals("The file's name is longer than 200 characters: rename the file and upload it again.",
                refusal("a".repeat(197) + ".pdf", PDF));
    }

    private static byte[] openDocumentText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
