package org.consortia.forms;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.text.UkDates;

/**
 * Writes a filled form as the framework lays its templates out: the introduction, the name of the
 * partnership, each section as a table of its questions with the answers and notes, the template's
 * warning where an answer calls for it, and who completed it.
 */
public final class FormPdf {

    private FormPdf() {
    }

    public static byte[] write(String partnershipName, FormContents filled) {
        return write(partnershipName, filled, List.of());
    }

    /**
     * As above, ending with the form's authorisation: one row per step of its workflow (the step, what
     * was done, by whom, when, and the comments).
     */
    public static byte[] write(String partnershipName, FormContents filled, List<List<String>> authorisation) {
        return write(partnershipName, filled, authorisation, null, Map.of());
    }

    /**
     * A report about a form: its own heading and paragraphs first (each list entry a paragraph, a
     * {@link Cover#subheadings} entry a heading), then the form as {@link #write(String, FormContents, List)} lays it out.
     * {@code linkLabels} names the records that link answers point to ("document:12" by the document's name).
     */
    public record Cover(String heading, List<String> paragraphs, List<String> subheadings) {
    }

    public static byte[] write(String partnershipName, FormContents filled, List<List<String>> authorisation,
            Cover cover, Map<String, String> linkLabels) {
        return write(partnershipName, filled, List.of(), "Authorisation", authorisation, cover, linkLabels);
    }

    /**
     * The form with {@code details} (a line each) under the partnership's name, such as the period it
     * reports on, and its steps under {@code stepsHeading}.
     */
    public static byte[] write(String partnershipName, FormContents filled, List<String> details, String stepsHeading,
            List<List<String>> authorisation, Cover cover, Map<String, String> linkLabels) {
        FormTemplate template = filled.template();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfFonts fonts = new PdfFonts();
        try {
            String title = (cover == null ? template.title() : cover.heading()) + " – " + partnershipName;
            PageFrame.frame(PdfWriter.getInstance(document, pdf), title, null, fonts);
            document.addTitle(title);
            document.open();
            if (cover != null) {
                document.add(new Paragraph(cover.heading(), fonts.bold(18)));
                for (String paragraph : cover.paragraphs()) {
                    boolean heading = cover.subheadings().contains(paragraph);
                    Paragraph text = new Paragraph(paragraph, heading ? fonts.bold(13) : fonts.regular(10));
                    text.setSpacingBefore(heading ? 12 : 6);
                    document.add(text);
                }
                document.newPage();
            }
            document.add(new Paragraph(template.title(), fonts.bold(18)));
            for (String paragraph : template.introduction()) {
                Paragraph text = new Paragraph(paragraph, fonts.regular(10));
                text.setSpacingBefore(6);
                document.add(text);
            }
            Paragraph name = new Paragraph("Name of partnership: " + partnershipName, fonts.bold(11));
            name.setSpacingBefore(10);
            name.setSpacingAfter(details.isEmpty() ? 8 : 2);
            document.add(name);
            for (String detail : details) {
                Paragraph line = new Paragraph(detail, fonts.regular(10));
                line.setSpacingAfter(2);
                document.add(line);
            }
            if (filled.warns()) {
                Paragraph warning = new Paragraph(template.warningHeading(), fonts.bold(11));
                warning.setSpacingAfter(4);
                document.add(warning);
                for (String paragraph : template.warning()) {
                    document.add(new Paragraph(paragraph, fonts.regular(10)));
                }
            }
            for (TemplateSection section : template.sections()) {
                if (!section.heading().isEmpty()) {
                    Paragraph heading = new Paragraph(section.heading(), fonts.bold(13));
                    heading.setSpacingBefore(12);
                    heading.setSpacingAfter(6);
                    document.add(heading);
                }
                for (String guidance : section.guidance()) {
                    document.add(new Paragraph(guidance, fonts.regular(9)));
                }
                document.add(sectionTable(section, filled, fonts, linkLabels));
            }
            FormSignOff signOff = filled.signOff();
            if (signOff != null) {
                document.add(completion(signOff, fonts));
            }
            if (!authorisation.isEmpty()) {
                Paragraph heading = new Paragraph(stepsHeading, fonts.bold(13));
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(6);
                document.add(heading);
                PdfPTable steps = new PdfPTable(new float[] {4, 2, 2.4f, 2, 4});
                steps.setWidthPercentage(100);
                steps.setHeaderRows(1);
                List.of("Step", "Outcome", "By", "Date", "Comments")
                        .forEach(column -> steps.addCell(new PdfPCell(new Phrase(column, fonts.bold(9)))));
                authorisation.forEach(row -> row.forEach(cell -> steps.addCell(new Phrase(nonNull(cell), fonts.regular(9)))));
                document.add(steps);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the form as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** The section's questions in rows: the issue where the template has one, the question, the answer and each note. */
    private static PdfPTable sectionTable(TemplateSection section, FormContents filled, PdfFonts fonts,
            Map<String, String> linkLabels) {
        List<TemplateQuestion> questions = section.questions();
        boolean issues = questions.stream().anyMatch(question -> !question.issue().isEmpty());
        List<String> answerLabels = questions.stream().map(TemplateQuestion::label).distinct().toList();
        int notes = questions.stream().mapToInt(question -> question.notes().size()).max().orElse(0);
        List<String> headings = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        if (issues) {
            headings.add("Issue");
            widths.add(2.4f);
        }
        headings.add("Question");
        widths.add(5f);
        headings.add(answerLabels.size() == 1 ? answerLabels.get(0) : "Answer");
        widths.add(questions.stream().allMatch(question -> question.kind() == AnswerKind.TEXT) ? 5f : 2f);
        for (int note = 0; note < notes; note++) {
            int index = note;
            List<String> labels = questions.stream().filter(question -> question.notes().size() > index)
                    .map(question -> question.notes().get(index)).distinct().toList();
            headings.add(labels.size() == 1 ? labels.get(0) : "Notes");
            widths.add(4f);
        }
        float[] columnWidths = new float[widths.size()];
        for (int column = 0; column < columnWidths.length; column++) {
            columnWidths[column] = widths.get(column);
        }
        PdfPTable table = new PdfPTable(columnWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        headings.forEach(heading -> table.addCell(new PdfPCell(new Phrase(heading, fonts.bold(9)))));
        for (TemplateQuestion question : questions) {
            FormAnswer answer = filled.answer(question.id());
            if (issues) {
                table.addCell(new Phrase(question.issue(), fonts.regular(9)));
            }
            String text = question.issue().isEmpty() || issues ? question.text() : question.issue() + " " + question.text();
            table.addCell(new Phrase((issues ? "" : question.id() + ". ") + text, fonts.regular(9)));
            String shown = question.kind() == AnswerKind.LINK && linkLabels.containsKey(answer.getValue())
                    ? linkLabels.get(answer.getValue()) : AnswerValues.shown(question, answer.getValue());
            table.addCell(new Phrase(shown, fonts.regular(9)));
            List<String> noteValues = List.of(nonNull(answer.getNote()), nonNull(answer.getSecondNote()));
            for (int note = 0; note < notes; note++) {
                table.addCell(new Phrase(noteValues.get(note), fonts.regular(9)));
            }
        }
        return table;
    }

    private static PdfPTable completion(FormSignOff signOff, PdfFonts fonts) {
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
            PdfPCell value = new PdfPCell(new Phrase(nonNull(line[1]), fonts.regular(9)));
            value.setBorder(PdfPCell.BOTTOM);
            completion.addCell(value);
        }
        return completion;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
