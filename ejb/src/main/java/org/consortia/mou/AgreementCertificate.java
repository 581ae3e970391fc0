package org.consortia.mou;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.consortia.pdf.PdfFonts;
import org.consortia.text.UkDates;

/**
 * The last page of an agreed Memorandum: for each member organisation who signed, in which capacity,
 * when, the version and the SHA-256 of the text signed, and how anyone holding the PDF checks it
 * against the portal.
 */
final class AgreementCertificate {

    private AgreementCertificate() {
    }

    static void add(Document document, String partnershipName, Mou mou, List<MouSignature> signatures,
            String verificationAddress, PdfFonts fonts) throws DocumentException {
        document.add(new Paragraph("Agreement certificate", fonts.bold(18)));
        Paragraph statement = new Paragraph("Every member organisation of " + partnershipName + " signed version "
                + mou.getContentVersion() + " of this Memorandum of Understanding, exactly as printed above.",
                fonts.regular(10.5f));
        statement.setSpacingBefore(6);
        statement.setSpacingAfter(10);
        document.add(statement);
        PdfPTable table = new PdfPTable(new float[] {3, 3, 2.6f, 1, 4.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        for (String heading : List.of("Organisation", "Signed by, and as", "When", "Version", "SHA-256 of the text signed")) {
            table.addCell(new PdfPCell(new Phrase(heading, fonts.bold(9))));
        }
        for (MouSignature signature : signatures) {
            if (!signature.isValid() || signature.getContentVersion() != mou.getContentVersion()) {
                continue;
            }
            table.addCell(new Phrase(signature.getOrganisation().getName(), fonts.regular(9)));
            table.addCell(new Phrase(signature.getSignatory().getName()
                    + (signature.getSignedAs() == null ? "" : "\n" + signature.getSignedAs()), fonts.regular(9)));
            table.addCell(new Phrase(UkDates.DAY_AND_TIME.format(signature.getSignedAt()), fonts.regular(9)));
            table.addCell(new Phrase(String.valueOf(signature.getContentVersion()), fonts.regular(9)));
            table.addCell(new Phrase(signature.getContentHash(), fonts.mono(7.5f)));
        }
        document.add(table);
        Paragraph check = new Paragraph("Checking this copy", fonts.bold(12));
        check.setSpacingBefore(14);
        document.add(check);
        document.add(new Paragraph("The SHA-256 is a fingerprint of the exact text signed: any change to it gives a"
                + " different one. A member of the partnership can check a copy by signing in to the portal and"
                + " entering the fingerprint at " + verificationAddress + ". The portal then says which version of"
                + " which partnership's Memorandum it is, who signed it and whether it is still the one in force.",
                fonts.regular(10)));
    }
}
