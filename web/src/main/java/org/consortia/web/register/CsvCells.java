package org.consortia.web.register;

/**
 * Writes CSV cells that spreadsheets read as text: values are quoted, and a value that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    public static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
