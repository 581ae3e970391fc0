package org.consortia.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;

/**
 * A horizontal bar chart drawn as vectors, to flow in a document as an image: one row per label,
 * each row's bars stacked by series in the series' colours, with the count written in each bar wide
 * enough to hold it and a key of the series below. Tables beside the chart carry the same figures
 * for anyone who cannot see it.
 */
public final class BarChartPdf {

    /** A series: its name in the key and its colour. */
    public record Series(String name, Color colour) {
    }

    /** One row: its label and its value in each series, in the series' order. */
    public record Row(String label, List<Integer> values) {
    }

    private static final float LABEL_WIDTH = 190;
    private static final float ROW_HEIGHT = 16;
    private static final float BAR_HEIGHT = 11;
    private static final float KEY_HEIGHT = 22;

    private BarChartPdf() {
    }

    public static Image draw(PdfContentByte canvas, PdfFonts fonts, float width, List<Series> series, List<Row> rows) {
        BaseFont font = fonts.regular(8).getBaseFont();
        float height = rows.size() * ROW_HEIGHT + KEY_HEIGHT + 4;
        PdfTemplate chart = canvas.createTemplate(width, height);
        int largest = Math.max(1, rows.stream().mapToInt(row -> row.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1));
        float barSpace = width - LABEL_WIDTH - 30;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            float y = height - (i + 1) * ROW_HEIGHT;
            text(chart, font, 8, fit(row.label(), font, LABEL_WIDTH - 6), 0, y + 3, Color.BLACK);
            float x = LABEL_WIDTH;
            int total = 0;
            for (int s = 0; s < series.size(); s++) {
                int value = row.values().get(s);
                total += value;
                float length = barSpace * value / largest;
                if (value > 0) {
                    chart.setColorFill(series.get(s).colour());
                    chart.rectangle(x, y, length, BAR_HEIGHT);
                    chart.fill();
                    String count = String.valueOf(value);
                    if (font.getWidthPoint(count, 7) + 4 < length) {
                        text(chart, font, 7, count, x + 2, y + 2.5f, Color.WHITE);
                    }
                }
                x += length;
            }
            text(chart, font, 8, String.valueOf(total), x + 4, y + 3, Color.BLACK);
        }
        float keyX = 0;
        for (Series one : series) {
            chart.setColorFill(one.colour());
            chart.rectangle(keyX, 6, 9, 9);
            chart.fill();
            text(chart, font, 8, one.name(), keyX + 12, 7, Color.BLACK);
            keyX += 24 + font.getWidthPoint(one.name(), 8);
        }
        try {
            Image image = Image.getInstance(chart);
            image.setAlt("Chart: " + String.join(", ", rows.stream().map(row -> row.label() + " " + row.values()).toList()));
            return image;
        } catch (BadElementException impossible) {
            throw new IllegalStateException("A drawn template is always an image", impossible);
        }
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, String text, float x, float y, Color colour) {
        chart.beginText();
        chart.setFontAndSize(font, size);
        chart.setColorFill(colour);
        chart.setTextMatrix(x, y);
        chart.showText(text);
        chart.endText();
    }

    /** The label cut to the width, with an ellipsis where it had to be cut. */
    private static String fit(String label, BaseFont font, float width) {
        if (font.getWidthPoint(label, 8) <= width) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "…", 8) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
