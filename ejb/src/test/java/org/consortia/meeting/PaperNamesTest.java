package org.consortia.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.consortia.export.Download;
import org.junit.jupiter.api.Test;

class PaperNamesTest {

    @Test
    void aDownloadNameKeepsOnlyLettersDigitsAndHyphens() {
        assertEquals("paper-7-budget-2027-28-final.pdf", PaperNames.downloadName(7, "Budget 2027/28 (FINAL).PDF"));
        assertEquals("paper-7-r-sum.docx", PaperNames.downloadName(7, "Résumé.docx"));
        assertEquals("paper-12.jpeg", PaperNames.downloadName(12, "日本.jpeg"));
        assertEquals("paper-3-x.bin", PaperNames.downloadName(3, "x"));
    }

    @Test
    void everyNameIsOneADownloadAccepts() {
        for (String uploaded : new String[] {"a\"b\r\nSet-Cookie: x.pdf", "a".repeat(200) + ".xlsx", "...pptx", "ü.odt"}) {
            String name = PaperNames.downloadName(123456789L, uploaded);
            assertEquals(name, new Download(name, "application/pdf", new byte[1]).fileName());
        }
    }
}
