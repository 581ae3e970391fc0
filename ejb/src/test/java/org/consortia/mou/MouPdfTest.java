package org.consortia.mou;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.identity.Sector;
import org.junit.jupiter.api.Test;

class MouPdfTest {

    @Test
    void thePdfHoldsEveryHeadingTheTextAndTheSignatureTable() throws IOException {
        Mou mou = new Mou();
        List<MouSection> sections = new ArrayList<>();
        for (MouHeading heading : MouHeading.values()) {
            sections.add(new MouSection(mou, heading, heading == MouHeading.MEETINGS
                    ? "<p>We meet <strong>quarterly</strong>.</p><ul><li>Quorum is three.</li><li>Chaired by Małgorzata Nowak.</li></ul>" : ""));
        }
        Organisation police = new Organisation("West Mercia Police", Sector.PUBLIC, "Police force");
        MouSignature signature = new MouSignature(mou, police, new Account("Chris Chair", "chair@example.org", police),
                "Chair, signatory", 1, "ab".repeat(32), Instant.parse("2026-11-26T10:15:00Z"));

        byte[] pdf = MouPdf.write("Safer Redditch", mou, sections, List.of(signature));

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Memorandum of Understanding") && all.contains("Safer Redditch"), all);
        for (MouHeading heading : List.of(MouHeading.AIMS_AND_OBJECTIVES, MouHeading.MEETINGS,
                MouHeading.SHARED_RISK_MANAGEMENT)) {
            assertTrue(all.contains(heading.title()), heading.title());
        }
        assertTrue(all.contains("We meet quarterly.") && all.contains("Quorum is three."), all);
        assertTrue(all.contains("Małgorzata Nowak"), "letters beyond Windows-1252 are printed: " + all);
        String squeezed = all.replaceAll("\\s+", "");
        assertTrue(squeezed.contains("WestMerciaPolice") && squeezed.contains("ChrisChair"), all);
        assertTrue(squeezed.contains("ab".repeat(32)), "the whole hash, wrapped in its cell: " + all);
        assertTrue(squeezed.contains("26November2026,10:15"), all);
    }

    @Test
    void textOutsideParagraphsAndEveryKindOfEmphasisIsPrinted() throws IOException {
        Mou mou = new Mou();
        List<MouSection> sections = List.of(new MouSection(mou, MouHeading.MEETINGS,
                "Written without a paragraph, <u>underlined</u>, <s>withdrawn</s> and"
                        + " <a href=\"https://example.org/rules\">the rules</a>."));
        PdfReader reader = new PdfReader(MouPdf.write("Safer Redditch", mou, sections, List.of()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Written without a paragraph, underlined, withdrawn and the rules"
                + " (https://example.org/rules)."), text);
    }
}
