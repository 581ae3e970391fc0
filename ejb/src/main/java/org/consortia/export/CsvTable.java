package org.consortia.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file that spreadsheets open as the portal wrote it: UTF-8 with a byte order mark (without
 * it Excel reads "é" as two letters), every value quoted, lines ended CRLF, and a value that a
 * spreadsheet would run as a formula prefixed with an apostrophe.
 */
public final class CsvTable {

    private final StringBuilder text = new StringBuilder("\ufeff");

    public CsvTable(List<?> headings) {
        row(headings);
    }

    public CsvTable(Object... headings) {
        row(headings);
    }

    public CsvTable row(List<?> values) {
        return row(values.toArray());
    }

    public CsvTable row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(values[i]));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
