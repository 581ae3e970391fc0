package org.consortia.riskforms;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import org.consortia.text.UkDates;

/**
 * Writes a risk management form as the framework lays it out: its introduction, the name of the
 * partnership, a table of the questions with the partners' answers, and who completed it.
 */
public final class FormPdf {


    private FormPdf() {
    }

    public static byte[] write(String partnershipName, FilledForm filled) {
        RiskForm form = filled.form();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfFonts fonts = new PdfFonts();
        try {
            PageFrame.frame(PdfWriter.getInstance(document, pdf), form.title() + " – " + partnershipName, null, fonts);
            document.addTitle(form.title() + " – " + partnershipName);
            document.open();
            document.add(new Paragraph(form.title(), fonts.bold(18)));
            for (String paragraph : form.introduction()) {
                Paragraph text = new Paragraph(paragraph, fonts.regular(10));
                text.setSpacingBefore(6);
                document.add(text);
            }
            Paragraph name = new Paragraph("Name of partnership: " + partnershipName, fonts.bold(11));
            name.setSpacingBefore(10);
            name.setSpacingAfter(8);
            document.add(name);

            List<String> headings = form.answeredYesOrNo()
                    ? List.of("Question", "Answer", form.commentsLabel())
                    : List.of("Issue", "Insurance considerations", form.commentsLabel());
            PdfPTable table = new PdfPTable(form.answeredYesOrNo() ? new float[] {6, 1.4f, 5} : new float[] {2.4f, 5, 5});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(true);
            headings.forEach(heading -> table.addCell(new PdfPCell(new Phrase(heading, fonts.bold(9)))));
            for (FormQuestion question : form.questions()) {
                FormAnswer answer = filled.answer(question.number());
                if (form.answeredYesOrNo()) {
                    table.addCell(new Phrase(question.number() + ". " + question.text(), fonts.regular(9)));
                    table.addCell(new Phrase(answer.getResponse() == null ? "" : answer.getResponse().label(),
                            fonts.regular(9)));
                } else {
                    table.addCell(new Phrase(question.issue(), fonts.regular(9)));
                    table.addCell(new Phrase(question.text(), fonts.regular(9)));
                }
                table.addCell(new Phrase(answer.getComments() == null ? "" : answer.getComments(), fonts.regular(9)));
            }
            document.add(table);

            FormSignOff signOff = filled.signOff();
            if (signOff != null) {
                PdfPTable completion = new PdfPTable(new float[] {1, 3});
                completion.setWidthPercentage(60);
                completion.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
                completion.setSpacingBefore(14);
                for (String[] line : new String[][] {{"Completed by:", signOff.getCompletedBy()},
                        {"Date:", signOff.getCompletedOn() == null ? null : UkDates.DAY.format(signOff.getCompletedOn())},
                        {"Job title:", signOff.getJobTitle()}, {"Tel. No.", signOff.getTelephone()}}) {
                    PdfPCell label = new PdfPCell(new Phrase(line[0], fonts.bold(9)));
                    label.setBorder(PdfPCell.NO_BORDER);
                    completion.addCell(label);
                    PdfPCell value = new PdfPCell(new Phrase(line[1] == null ? "" : line[1], fonts.regular(9)));
                    value.setBorder(PdfPCell.BOTTOM);
                    completion.addCell(value);
                }
                document.add(completion);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the form as PDF", e);
        }
        return pdf.toByteArray();
    }
}
