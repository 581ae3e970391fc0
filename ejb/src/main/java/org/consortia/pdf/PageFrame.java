package org.consortia.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfPageEventHelper;

/**
 * What every page of a printed document carries: the document's name and its partnership at the
 * top, "Page 2 of 5" at the foot, and, for a document that is not final, a large pale "DRAFT"
 * across the page. The total is written once the last page is known.
 */
public final class PageFrame extends PdfPageEventHelper {

    private static final float FOOT_SIZE = 8;

    private final String header;
    private final String watermark;
    private final Font headerFont;
    private final Font watermarkFont;
    private PdfTemplate total;

    /** A frame with the header text and, when not null, a watermark across every page. */
    public PageFrame(String header, String watermark, PdfFonts fonts) {
        this.header = header;
        this.watermark = watermark;
        this.headerFont = fonts.regular(FOOT_SIZE);
        this.watermarkFont = fonts.bold(96);
        this.watermarkFont.setColor(new GrayColor(0.85f));
    }

    /** Frames every page the writer writes from now on. */
    public static void frame(PdfWriter writer, String header, String watermark, PdfFonts fonts) {
        writer.setPageEvent(new PageFrame(header, watermark, fonts));
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, FOOT_SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (watermark != null) {
            ColumnText.showTextAligned(writer.getDirectContentUnder(), Element.ALIGN_CENTER,
                    new Phrase(watermark, watermarkFont), (document.left() + document.right()) / 2,
                    (document.bottom() + document.top()) / 2, 45);
        }
        PdfContentByte content = writer.getDirectContent();
        float headerLine = document.top() + 20;
        ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(header, headerFont), document.left(),
                headerLine, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = headerFont.getBaseFont().getWidthPoint(page, FOOT_SIZE);
        float footLine = document.bottom() - 24;
        float start = (document.left() + document.right()) / 2 - pageWidth / 2;
        ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(page, headerFont), start, footLine, 0);
        content.addTemplate(total, start + pageWidth, footLine);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), headerFont), 0, 0, 0);
    }
}
