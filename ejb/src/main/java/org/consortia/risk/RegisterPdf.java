package org.consortia.risk;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.text.UkDates;

/**
 * Writes the register for printing, on landscape A4: the heat map in its four bands with its key, a
 * summary table of every entry (those above the tolerance shaded), then each entry in full with its
 * mitigation actions.
 */
public final class RegisterPdf {

    private static final Color ABOVE_TOLERANCE = new Color(0xF6, 0xD7, 0xD2);

    private RegisterPdf() {
    }

    public static byte[] write(RegisterExport register) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfFonts fonts = new PdfFonts();
        try {
            PageFrame.frame(PdfWriter.getInstance(document, pdf), "Joint risk register – " + register.partnershipName()
                    + (register.filteredBy() == null ? "" : " (filtered)"), null, fonts);
            document.addTitle("Joint risk register – " + register.partnershipName());
            document.open();
            document.add(new Paragraph("Joint risk register", fonts.bold(20)));
            document.add(new Paragraph(register.partnershipName(), fonts.bold(14)));
            document.add(new Paragraph("Printed on " + UkDates.DAY.format(register.madeOn()) + ". " + register.entries().size()
                    + " entries. Entries scoring above the partners' tolerance of " + register.tolerance()
                    + " after controls are shaded.", fonts.regular(10)));
            if (register.filteredBy() != null) {
                document.add(new Paragraph("Only the entries chosen by the register's filters: " + register.filteredBy()
                        + ".", fonts.bold(10)));
            }
            document.add(new Paragraph("Heat map", fonts.bold(12)));
            document.add(HeatMapPdf.grid(register.entries(), false, register.tolerance(), fonts));
            document.add(HeatMapPdf.grid(register.entries(), true, register.tolerance(), fonts));
            document.add(HeatMapPdf.key(register.tolerance(), fonts));
            document.add(summary(register, fonts));
            Map<RiskEntry, List<MitigationAction>> actions = register.actionsByEntry();
            for (RiskEntry entry : register.entries()) {
                document.add(detail(entry, actions.getOrDefault(entry, List.of()), register, fonts));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the register as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static PdfPTable summary(RegisterExport register, PdfFonts fonts) {
        List<String> headings = List.of("Title", "Kind", "Category", "Before controls", "After controls", "Owner",
                "Allocation", "Status", "Review by");
        PdfPTable table = new PdfPTable(new float[] {5, 1.6f, 2.6f, 1.4f, 1.4f, 3.4f, 1.8f, 1.6f, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        headings.forEach(heading -> table.addCell(new PdfPCell(new Phrase(heading, fonts.bold(8.5f)))));
        for (RiskEntry e : register.entries()) {
            Color shade = e.isAboveTolerance(register.tolerance()) ? ABOVE_TOLERANCE : null;
            for (String value : List.of(e.getTitle(), e.getKind().label(), e.getCategory(),
                    String.valueOf(e.inherentScore()), String.valueOf(e.residualScore()), ownerOf(e),
                    e.getAllocation().label(), e.getStatus().label(), date(e.getReviewDate()))) {
                PdfPCell cell = new PdfPCell(new Phrase(value, fonts.regular(8.5f)));
                cell.setBackgroundColor(shade);
                table.addCell(cell);
            }
        }
        if (register.entries().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("The register has no entries yet.", fonts.italic(9)));
            none.setColspan(headings.size());
            table.addCell(none);
        }
        return table;
    }

    private static PdfPTable detail(RiskEntry e, List<MitigationAction> actions, RegisterExport register,
            PdfFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {1, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(false);
        PdfPCell title = new PdfPCell(new Phrase(e.getTitle() + (e.isAboveTolerance(register.tolerance())
                ? " (above tolerance)" : ""), fonts.bold(11)));
        title.setColspan(2);
        title.setBorder(PdfPCell.BOTTOM);
        table.addCell(title);
        List<Object> values = RegisterColumns.values(e, register.tolerance());
        for (int column = 1; column < RegisterColumns.HEADINGS.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            row(table, fonts, RegisterColumns.HEADINGS.get(column),
                    value instanceof LocalDate date ? date(date) : value.toString());
        }
        for (MitigationAction action : actions) {
            row(table, fonts, "Mitigation action", action.getDescription()
                    + (action.getResponsible() == null ? "" : " – " + action.getResponsible().getName())
                    + ", by " + date(action.getDeadline())
                    + (action.isDone() ? ", done on " + date(action.getDoneOn())
                    : action.isOverdue(register.madeOn()) ? ", overdue" : ""));
        }
        return table;
    }

    private static void row(PdfPTable table, PdfFonts fonts, String heading, String value) {
        PdfPCell label = new PdfPCell(new Phrase(heading, fonts.bold(8.5f)));
        label.setBorder(PdfPCell.NO_BORDER);
        table.addCell(label);
        PdfPCell text = new PdfPCell(new Phrase(value, fonts.regular(8.5f)));
        text.setBorder(PdfPCell.NO_BORDER);
        table.addCell(text);
    }

    private static String ownerOf(RiskEntry e) {
        if (e.getOwnerOrganisation() == null) {
            return "";
        }
        return e.getOwnerOrganisation().getName() + (e.getOwner() == null ? "" : ", " + e.getOwner().getName());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UkDates.DAY.format(date);
    }
}
