package org.consortia.mou;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.pdf.RichTextPdf;
import org.consortia.text.UkDates;

/**
 * Writes the Memorandum as a PDF: the numbered headings and clauses in order, every character with
 * its emphasis, then the signature table (organisation, signatory, date, version and the SHA-256 of
 * the text signed), and for an agreed Memorandum its agreement certificate.
 */
public final class MouPdf {

    private MouPdf() {
    }

    /**
     * The Memorandum as it stands, framed and numbered, marked DRAFT unless agreed; an agreed one
     * ends with its agreement certificate, which says where members check its fingerprint.
     */
    public static byte[] write(String partnershipName, Mou mou, List<MouSection> sections,
            List<MouSignature> signatures, String verificationAddress) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfFonts fonts = new PdfFonts();
        try {
            boolean agreed = mou.getState() == MouState.AGREED;
            PageFrame.frame(PdfWriter.getInstance(document, pdf), "Memorandum of Understanding – " + partnershipName
                    + ", version " + mou.getContentVersion() + (agreed ? "" : " (draft)"), agreed ? null : "DRAFT", fonts);
            document.addTitle("Memorandum of Understanding – " + partnershipName);
            document.open();
            document.add(new Paragraph("Memorandum of Understanding", fonts.bold(20)));
            document.add(new Paragraph(partnershipName, fonts.bold(14)));
            document.add(new Paragraph(mou.getState().label() + ", version " + mou.getContentVersion()
                    + (mou.getReviewDate() == null ? "" : "; to be reviewed by "
                    + UkDates.day(mou.getReviewDate())),
                    fonts.regular(10)));
            int clause = 0;
            for (MouSection section : sections) {
                clause++;
                Paragraph heading = new Paragraph(clause + ". " + section.getHeading().title(), fonts.bold(13));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                if (section.isEmpty()) {
                    document.add(new Paragraph("Nothing written yet.", fonts.italic(10)));
                }
                addClauses(document, clause, section.getContent(), fonts);
            }
            Paragraph table = new Paragraph("Signatures", fonts.bold(13));
            table.setSpacingBefore(18);
            table.setSpacingAfter(6);
            document.add(table);
            document.add(signatureTable(signatures, fonts));
            if (agreed) {
                document.newPage();
                AgreementCertificate.add(document, partnershipName, mou, signatures, verificationAddress, fonts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the Memorandum as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** The section's paragraphs, each not in a list numbered as a clause of the section: 3.1, 3.2. */
    private static void addClauses(Document document, int section, String html, PdfFonts fonts) {
        int paragraph = 0;
        for (Paragraph block : RichTextPdf.paragraphs(html, fonts, 10.5f)) {
            if (block.getIndentationLeft() == 0 && !block.isEmpty()) {
                paragraph++;
                block.add(0, new Chunk(section + "." + paragraph + "  ", fonts.bold(10.5f)));
            }
            document.add(block);
        }
    }

    private static PdfPTable signatureTable(List<MouSignature> signatures, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {3, 3, 3, 1.2f, 5});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        for (String header : List.of("Organisation", "Signatory", "Date", "Version", "SHA-256 of the text signed")) {
            PdfPCell cell = new PdfPCell(new Phrase(header, fonts.bold(9)));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (MouSignature signature : signatures) {
            if (!signature.isValid()) {
                continue;
            }
            table.addCell(new Phrase(signature.getOrganisation().getName(), fonts.regular(9)));
            table.addCell(new Phrase(signature.getSignatory().getName() + (signature.getSignedAs() == null ? ""
                    : "\n" + signature.getSignedAs()), fonts.regular(9)));
            table.addCell(new Phrase(UkDates.DAY_AND_TIME.format(signature.getSignedAt()), fonts.regular(9)));
            table.addCell(new Phrase(String.valueOf(signature.getContentVersion()), fonts.regular(9)));
            table.addCell(new Phrase(signature.getContentHash(), fonts.mono(7)));
        }
        if (signatures.stream().noneMatch(MouSignature::isValid)) {
            PdfPCell none = new PdfPCell(new Phrase("No organisation has signed this version yet.",
                    fonts.italic(9)));
            none.setColspan(5);
            table.addCell(none);
        }
        return table;
    }
}
