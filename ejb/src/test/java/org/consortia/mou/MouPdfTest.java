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

    private static final String VERIFY = "https://portal.example/w/safer-redditch/mou-verify";

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append("<page ").append(page).append(">\n").append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static List<MouSection> sectionsOf(Mou mou) {
        List<MouSection> sections = new ArrayList<>();
        for (MouHeading heading : MouHeading.values()) {
            sections.add(new MouSection(mou, heading, "<p>The <em>first</em> clause of " + heading.title()
                    + ".</p><ul><li>A point.</li></ul><p>The <u>second</u> clause.</p>"));
        }
        return sections;
    }

    @Test
    void everyPageIsFramedAndNumberedAndADraftSaysSo() throws IOException {
        Mou mou = new Mou();
        String all = textOf(MouPdf.write("Safer Redditch", mou, sectionsOf(mou), List.of(), VERIFY)).replaceAll(" +", " ");
        int pages = all.split("<page ").length - 1;
        assertTrue(pages > 1, all);
        for (int page = 1; page <= pages; page++) {
            int next = all.indexOf("<page " + (page + 1) + ">");
            String text = all.substring(all.indexOf("<page " + page + ">"), next < 0 ? all.length() : next);
            assertTrue(text.replaceAll("\\s+", "").contains("Page" + page + "of" + pages), "page " + page + ": " + text);
            assertTrue(text.contains("Memorandum of Understanding – Safer Redditch, version 1 (draft)"), text);
        }
        assertTrue(all.contains("DRAFT"), "not agreed, so marked as a draft");
        assertTrue(all.contains("8. Meetings") && all.contains("8.1 The first clause of Meetings.")
                && all.contains("8.2 The second clause."), "clauses are numbered: " + all);
        assertTrue(!all.contains("8.2 A point."), "list items are not clauses");
        assertTrue(!all.contains("Agreement certificate"), "only an agreed Memorandum has a certificate");
    }

    @Test
    void anAgreedMemorandumEndsWithItsCertificateAndIsNoDraft() throws IOException {
        Mou mou = new Mou();
        mou.putForAgreement();
        mou.agree(Instant.parse("2026-11-27T09:00:00Z"));
        Organisation police = new Organisation("West Mercia Police", Sector.PUBLIC, "Police force");
        MouSignature signature = new MouSignature(mou, police, new Account("Chris Chair", "chair@example.org", police),
                "Chair, signatory", mou.getContentVersion(), "cd".repeat(32), Instant.parse("2026-11-26T10:15:00Z"));
        String all = textOf(MouPdf.write("Safer Redditch", mou, sectionsOf(mou), List.of(signature), VERIFY));
        assertTrue(!all.contains("DRAFT") && !all.contains("(draft)"), all);
        String certificate = all.substring(all.lastIndexOf("<page "));
        assertTrue(certificate.contains("Agreement certificate"), "the certificate has the last page: " + certificate);
        String squeezed = certificate.replaceAll("\\s+", "");
        assertTrue(squeezed.contains("ChrisChairChair,signatory") && squeezed.contains("cd".repeat(32))
                && squeezed.contains("26November2026,10:15"), certificate);
        assertTrue(squeezed.contains(VERIFY), "it says where to check it: " + certificate);
    }

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

        byte[] pdf = MouPdf.write("Safer Redditch", mou, sections, List.of(signature), VERIFY);

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
        PdfReader reader = new PdfReader(MouPdf.write("Safer Redditch", mou, sections, List.of(), VERIFY));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Written without a paragraph, underlined, withdrawn and the rules"
                + " (https://example.org/rules)."), text);
    }
}
