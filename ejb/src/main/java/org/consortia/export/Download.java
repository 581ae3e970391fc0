package org.consortia.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file to hand out: its name, its media type and its content. The name is plain ASCII from the
 * portal's own words and slugs, never from what a user typed, so it needs no escaping in a header.
 */
public record Download(String fileName, String mediaType, byte[] content) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,150}\\.[a-z]{2,5}");

    public Download {
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(content);
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Not a safe file name: " + fileName);
        }
    }

    public static Download csv(String baseName, CsvTable table) {
        return new Download(baseName + ".csv", CSV, table.bytes());
    }

    public static Download pdf(String baseName, byte[] content) {
        return new Download(baseName + ".pdf", PDF, content);
    }

    public static Download workbook(String baseName, byte[] content) {
        return new Download(baseName + ".xlsx", XLSX, content);
    }
}
