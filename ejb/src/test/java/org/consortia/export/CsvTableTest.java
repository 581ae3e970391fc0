package org.consortia.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotesAndDoublesQuotes() {
        assertEquals("\"Say \"\"hello\"\", then go\"", CsvTable.cell("Say \"hello\", then go"));
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvTable.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", CsvTable.cell("+1"));
        assertEquals("\"'-1\"", CsvTable.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", CsvTable.cell("@SUM(A1)"));
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = new CsvTable("Name", "Since").row("Café", null).row(List.of("b", LocalDate.of(2026, 4, 1))).bytes();
        assertEquals("\ufeff\"Name\",\"Since\"\r\n\"Café\",\"\"\r\n\"b\",\"2026-04-01\"\r\n",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void namesFilesOnlyWithThePortalsOwnWords() {
        assertEquals("risk-register-community-safety.pdf", Download.pdf("risk-register-community-safety", new byte[0]).fileName());
        assertThrows(IllegalArgumentException.class, () -> Download.pdf("../secret", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Download.csv("name\"; x=\"y", new CsvTable("a")));
        assertThrows(IllegalArgumentException.class, () -> Download.workbook("", new byte[0]));
    }
}
