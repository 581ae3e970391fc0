package org.consortia.upload;

import java.util.Map;
import java.util.Set;

/**
 * The types of file a kind of upload accepts, as media types with the words a person knows them by,
 * in the order the refusal lists them.
 */
public record AcceptedTypes(Map<String, String> labelsByMediaType, String inWords) {

    public static final String PDF = "application/pdf";
    public static final String WORD_97 = "application/msword";
    public static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String EXCEL_97 = "application/vnd.ms-excel";
    public static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String POWERPOINT_97 = "application/vnd.ms-powerpoint";
    public static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String OPEN_TEXT = "application/vnd.oasis.opendocument.text";
    public static final String OPEN_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String OPEN_PRESENTATION = "application/vnd.oasis.opendocument.presentation";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Office Open XML types, whose content must be a real package and not any ZIP archive. */
    static final Set<String> OFFICE_OPEN_XML = Set.of(WORD, EXCEL, POWERPOINT);

    /** What a meeting's papers may be. */
    public static final AcceptedTypes PAPERS = new AcceptedTypes(Map.ofEntries(
            Map.entry(PDF, "PDF"),
            Map.entry(WORD_97, "Word document"),
            Map.entry(WORD, "Word document"),
            Map.entry(EXCEL_97, "Excel workbook"),
            Map.entry(EXCEL, "Excel workbook"),
            Map.entry(POWERPOINT_97, "PowerPoint presentation"),
            Map.entry(POWERPOINT, "PowerPoint presentation"),
            Map.entry(OPEN_TEXT, "OpenDocument text"),
            Map.entry(OPEN_SPREADSHEET, "OpenDocument spreadsheet"),
            Map.entry(OPEN_PRESENTATION, "OpenDocument presentation"),
            Map.entry(PNG, "PNG image"),
            Map.entry(JPEG, "JPEG image")),
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG");

    /** What a document attached to a form may be: whatever a meeting's papers may be. */
    public static final AcceptedTypes DOCUMENTS = PAPERS;

    public boolean accepts(String mediaType) {
        return labelsByMediaType.containsKey(mediaType);
    }

    public String labelOf(String mediaType) {
        return labelsByMediaType.get(mediaType);
    }
}
