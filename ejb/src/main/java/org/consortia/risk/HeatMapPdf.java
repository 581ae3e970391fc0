package org.consortia.risk;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.consortia.pdf.PdfFonts;

/**
 * The heat map as the printed register shows it: for the open entries, a 5 × 5 grid of counts in
 * the four bands' colours, cells above the tolerance with a thick black border, and its key.
 */
final class HeatMapPdf {

    private HeatMapPdf() {
    }

    /** The grid of open entries by likelihood (rows, almost certain first) and impact, before or after controls. */
    static PdfPTable grid(List<RiskEntry> entries, boolean beforeControls, int tolerance, PdfFonts fonts) {
        int[][] counts = new int[5][5];
        entries.stream().filter(entry -> entry.getStatus() != EntryStatus.CLOSED).forEach(entry -> {
            Likelihood likelihood = beforeControls ? entry.getInherentLikelihood() : entry.getResidualLikelihood();
            Impact impact = beforeControls ? entry.getInherentImpact() : entry.getResidualImpact();
            counts[likelihood.points() - 1][impact.points() - 1]++;
        });
        PdfPTable grid = new PdfPTable(new float[] {2.4f, 1, 1, 1, 1, 1});
        grid.setWidthPercentage(48);
        grid.setHorizontalAlignment(Element.ALIGN_LEFT);
        grid.setSpacingBefore(8);
        grid.setKeepTogether(true);
        PdfPCell caption = new PdfPCell(new Phrase((beforeControls ? "Before controls (inherent)" : "After controls (residual)")
                + ": open entries by likelihood and impact", fonts.bold(9)));
        caption.setColspan(6);
        caption.setBorder(PdfPCell.NO_BORDER);
        grid.addCell(caption);
        grid.addCell(new PdfPCell(new Phrase("Likelihood \\ Impact", fonts.bold(8))));
        for (Impact impact : Impact.values()) {
            grid.addCell(new PdfPCell(new Phrase(impact.label(), fonts.bold(7.5f))));
        }
        Likelihood[] likelihoods = Likelihood.values();
        for (int row = likelihoods.length - 1; row >= 0; row--) {
            Likelihood likelihood = likelihoods[row];
            grid.addCell(new PdfPCell(new Phrase(likelihood.label(), fonts.bold(8))));
            for (Impact impact : Impact.values()) {
                int count = counts[likelihood.points() - 1][impact.points() - 1];
                grid.addCell(bandCell(ScoreBand.of(likelihood, impact), count == 0 ? "" : String.valueOf(count),
                        likelihood.points() * impact.points() > tolerance, fonts));
            }
        }
        return grid;
    }

    /** The key: each band's colour and scores, and the border of a cell above the tolerance. */
    static PdfPTable key(int tolerance, PdfFonts fonts) {
        PdfPTable key = new PdfPTable(new float[] {1, 6, 1, 6, 1, 6, 1, 6, 1, 10});
        key.setWidthPercentage(100);
        key.setSpacingBefore(6);
        for (ScoreBand band : ScoreBand.values()) {
            key.addCell(bandCell(band, "", false, fonts));
            key.addCell(plain(band.labelWithRange(), fonts));
        }
        key.addCell(bandCell(ScoreBand.LOW, "", true, fonts));
        key.addCell(plain("Thick black border: above the partners' tolerance of " + tolerance, fonts));
        return key;
    }

    private static PdfPCell bandCell(ScoreBand band, String text, boolean aboveTolerance, PdfFonts fonts) {
        Font font = new Font(fonts.bold(9));
        font.setColor(Color.decode(band.textColour()));
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(Color.decode(band.colour()));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setMinimumHeight(16);
        if (aboveTolerance) {
            cell.setBorderWidth(2.5f);
            cell.setBorderColor(Color.BLACK);
        }
        return cell;
    }

    private static PdfPCell plain(String text, PdfFonts fonts) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.regular(8)));
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }
}
