package org.consortia.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesAndDoublesQuotes() {
        assertEquals("\"Say \"\"hello\"\", then go\"", CsvCells.cell("Say \"hello\", then go"));
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", CsvCells.cell("+1"));
        assertEquals("\"'-1\"", CsvCells.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", CsvCells.cell("@SUM(A1)"));
    }

    @Test
    void writesEmptyCellsForNothingAndEndsRowsWithCrLf() {
        assertEquals("\"a\",\"\",\"2026-04-01\"\r\n", CsvCells.row("a", null, java.time.LocalDate.of(2026, 4, 1)));
    }
}
