package org.consortia.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadedNamesTest {

    @Test
    void aDownloadNameKeepsOnlyLettersDigitsAndHyphens() {
        assertEquals("paper-7-budget-2027-28-final.pdf", UploadedNames.downloadName("paper", 7, "Budget 2027/28 (FINAL).PDF"));
        assertEquals("paper-7-r-sum.docx", UploadedNames.downloadName("paper", 7, "Résumé.docx"));
        assertEquals("paper-12.jpeg", UploadedNames.downloadName("paper", 12, "日本.jpeg"));
        assertEquals("paper-3-x.bin", UploadedNames.downloadName("paper", 3, "x"));
        assertEquals("document-4-equality-impact-assessment.pdf",
                UploadedNames.downloadName("document", 4, "Equality impact assessment.pdf"));
    }

    @Test
    void everyNameIsOneADownloadAccepts() {
        for (String uploaded : new String[] {"a\"b\r\nSet-Cookie: x.pdf", "a".repeat(200) + ".xlsx", "...pptx", "ü.odt"}) {
            String name = UploadedNames.downloadName("paper", 123456789L, uploaded);
            assertEquals(name, new Download(name, "application/pdf", new byte[1]).fileName());
        }
    }
}
