package org.consortia.annualreport;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.consortia.annualreport.AnnualReportFigures.CaseNotDemonstrated;
import org.consortia.annualreport.AnnualReportFigures.Exit;
import org.consortia.annualreport.AnnualReportFigures.ReviewScores;
import org.consortia.annualreport.AnnualReportFigures.SectionScores;
import org.consortia.partnership.LifecycleStage;
import org.consortia.pdf.BarChartPdf;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.text.UkDates;

/**
 * The annual report as the Corporate Management Team and the Executive receive it: the authors'
 * analysis and recommendations, then the year's figures, each chart beside the table of its figures.
 */
final class AnnualReportPdf {

    static final String TITLE = "Annual report on the Council's involvement in partnerships";

    private static final List<BarChartPdf.Series> SCORES = List.of(
            new BarChartPdf.Series("1 - No, action required", new Color(0xB1, 0x0E, 0x1E)),
            new BarChartPdf.Series("2 - Yes, could be improved", new Color(0x8A, 0x5A, 0x00)),
            new BarChartPdf.Series("3 - Yes, working effectively", new Color(0x00, 0x70, 0x3C)));
    private static final List<BarChartPdf.Series> PARTNERSHIPS = List.of(
            new BarChartPdf.Series("Partnerships", new Color(0x1D, 0x4F, 0x91)));

    private AnnualReportPdf() {
    }

    static byte[] write(AnnualReportRead report) {
        AnnualReportFigures figures = report.figures();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfFonts fonts = new PdfFonts();
        try {
            String title = TITLE + " " + report.yearLabel();
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            PageFrame.frame(writer, title, report.issued() ? null : "DRAFT", fonts);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, fonts.bold(18)));
            document.add(paragraph(fonts, "For the Corporate Management Team and the Executive, from the Acting Deputy"
                    + " Chief Executive and the Head of Strategy & Partnerships (section 9, Evaluation)."));
            document.add(paragraph(fonts, report.issued()
                    ? "Issued on " + UkDates.day(report.issuedAt()) + ", agreed by " + report.strategyAgreedBy()
                    + " and " + report.deputyAgreedBy() + "."
                    : "Draft: not yet agreed by both authors."));
            document.add(paragraph(fonts, "The figures cover " + UkDates.day(figures.from()) + " to "
                    + UkDates.day(figures.to()) + "."));
            heading(document, fonts, "Analysis");
            document.add(paragraph(fonts, orNone(report.analysis())));
            heading(document, fonts, "Recommendations");
            document.add(paragraph(fonts, orNone(report.recommendations())));

            heading(document, fonts, "Scores per section across the partnerships reviewed");
            document.add(paragraph(fonts, figures.reviews().size() + " annual " + (figures.reviews().size() == 1
                    ? "review was" : "reviews were") + " considered by the Corporate Management Team in the period."));
            document.add(BarChartPdf.draw(writer.getDirectContent(), fonts, 499, SCORES, figures.sections().stream()
                    .map(section -> new BarChartPdf.Row(section.section(), List.of(section.actionRequired(),
                            section.couldBeImproved(), section.workingEffectively()))).toList()));
            List<List<String>> sectionRows = new ArrayList<>();
            for (SectionScores section : figures.sections()) {
                sectionRows.add(List.of(section.section(), String.valueOf(section.actionRequired()),
                        String.valueOf(section.couldBeImproved()), String.valueOf(section.workingEffectively()),
                        section.average() == null ? "" : section.average()));
            }
            document.add(table(fonts, new float[] {5, 1.3f, 1.3f, 1.3f, 1.3f}, List.of("Section", "1", "2", "3",
                    "Average"), sectionRows));

            heading(document, fonts, "Each partnership's review");
            List<String> columns = new ArrayList<>(List.of("Partnership", "Considered"));
            for (int i = 1; i <= figures.sections().size(); i++) {
                columns.add(String.valueOf(i));
            }
            float[] widths = new float[columns.size()];
            widths[0] = 5;
            widths[1] = 3;
            for (int i = 2; i < widths.length; i++) {
                widths[i] = 1;
            }
            List<List<String>> reviewRows = new ArrayList<>();
            for (ReviewScores review : figures.reviews()) {
                List<String> row = new ArrayList<>(List.of(review.partnership() + " (review " + review.number() + ")",
                        UkDates.day(review.consideredOn())));
                review.scores().forEach(score -> row.add(score == null ? "" : String.valueOf(score)));
                reviewRows.add(row);
            }
            document.add(table(fonts, widths, columns, reviewRows));
            document.add(paragraph(fonts, "Sections: " + String.join("; ", numbered(figures.sections()))));

            heading(document, fonts, "Business cases not demonstrated");
            List<List<String>> caseRows = new ArrayList<>();
            for (CaseNotDemonstrated notDemonstrated : figures.notDemonstrated()) {
                caseRows.add(List.of(notDemonstrated.partnership() + " (business case " + notDemonstrated.caseNumber()
                        + ")", UkDates.day(notDemonstrated.on()), orNone(notDemonstrated.reasons())));
            }
            document.add(table(fonts, new float[] {4, 2.5f, 6}, List.of("Partnership", "Found not demonstrated",
                    "Reasons"), caseRows));

            heading(document, fonts, "Exits and their learning points");
            List<List<String>> exitRows = new ArrayList<>();
            for (Exit exit : figures.exits()) {
                exitRows.add(List.of(exit.partnership(), "Decided by the " + exit.decidedBy() + " on "
                                + UkDates.day(exit.decidedOn()) + ": " + exit.reason() + ". Involvement ends on "
                                + UkDates.day(exit.endsOn()) + ".",
                        exit.reportSubmitted() ? "Achieved: " + orNone(exit.achieved()) + "\nBest practice: "
                                + orNone(exit.bestPractice()) + "\nCould have done better: " + orNone(exit.couldDoBetter())
                                : "The exit report has not been submitted yet."));
            }
            document.add(table(fonts, new float[] {3, 4, 6}, List.of("Partnership", "Decision", "Learning points"),
                    exitRows));

            heading(document, fonts, "Partnerships by stage");
            document.add(paragraph(fonts, (report.issued() ? "On the day the report was issued: " : "Today: ")
                    + figures.partnerships() + " partnerships."));
            document.add(BarChartPdf.draw(writer.getDirectContent(), fonts, 499, PARTNERSHIPS,
                    List.of(LifecycleStage.values()).stream().map(stage -> new BarChartPdf.Row(stage.label(),
                            List.of(figures.byStage().getOrDefault(stage, 0)))).toList()));
            document.add(table(fonts, new float[] {4, 2}, List.of("Stage", "Partnerships"),
                    List.of(LifecycleStage.values()).stream().map(stage -> List.of(stage.label(),
                            String.valueOf(figures.byStage().getOrDefault(stage, 0)))).toList()));
            document.close();
        } catch (DocumentException broken) {
            throw new IllegalStateException("Could not lay out the annual report", broken);
        }
        return pdf.toByteArray();
    }

    private static List<String> numbered(List<SectionScores> sections) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            numbered.add((i + 1) + " " + sections.get(i).section());
        }
        return numbered;
    }

    private static void heading(Document document, PdfFonts fonts, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, fonts.bold(13));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static Paragraph paragraph(PdfFonts fonts, String text) {
        Paragraph paragraph = new Paragraph(text, fonts.regular(10));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPTable table(PdfFonts fonts, float[] widths, List<String> columns, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        columns.forEach(column -> table.addCell(new PdfPCell(new Phrase(column, fonts.bold(9)))));
        if (rows.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("None in the period.", fonts.italic(9)));
            none.setColspan(columns.size());
            none.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(none);
        }
        rows.forEach(row -> row.forEach(cell -> table.addCell(new Phrase(cell, fonts.regular(9)))));
        return table;
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "None given." : text;
    }
}
