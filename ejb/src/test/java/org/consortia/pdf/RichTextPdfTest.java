package org.consortia.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RichTextPdfTest {

    private final PdfFonts fonts = new PdfFonts();

    @Test
    void everyCharacterOfTheTextIsLaidOutWhereverItStands() {
        String html = "Loose text <strong>in bold</strong><p>A <a href=\"https://example.org/terms\">link</a>"
                + " and a<br>break</p><blockquote>Quoted</blockquote><ol><li>First</li><li>Second</li></ol>"
                + "<ul><li>Bullet</li></ul><h3>Sub-heading</h3>";
        List<String> texts = RichTextPdf.paragraphs(html, fonts, 10).stream().map(RichTextPdfTest::text).toList();
        assertEquals(List.of("Loose text in bold", "A link (https://example.org/terms) and a\nbreak", "Quoted",
                "1.  First", "2.  Second", "•  Bullet", "Sub-heading"), texts);
    }

    @Test
    void emphasisIsKeptChunkByChunk() {
        List<Chunk> chunks = chunks("<p>plain <u>underlined</u> <s>struck</s> <em>italic</em> <strong><em>both</em></strong></p>");
        assertEquals(Font.UNDERLINE, style(chunks, "underlined") & Font.UNDERLINE);
        assertEquals(Font.STRIKETHRU, style(chunks, "struck") & Font.STRIKETHRU);
        assertEquals(0, style(chunks, "plain ") & (Font.UNDERLINE | Font.STRIKETHRU));
        assertTrue(font(chunks, "italic").getBaseFont().getPostscriptFontName().contains("Italic"));
        assertTrue(font(chunks, "both").getBaseFont().getPostscriptFontName().contains("Bold"));
        assertEquals(Font.ITALIC, style(chunks, "both") & Font.ITALIC);
    }

    private List<Chunk> chunks(String html) {
        return RichTextPdf.paragraphs(html, fonts, 10).stream()
                .flatMap(paragraph -> paragraph.getChunks().stream())
                .map(Chunk.class::cast)
                .toList();
    }

    private static Font font(List<Chunk> chunks, String content) {
        return chunks.stream().filter(chunk -> chunk.getContent().equals(content)).findFirst().orElseThrow().getFont();
    }

    private static int style(List<Chunk> chunks, String content) {
        return font(chunks, content).getStyle();
    }

    private static String text(Paragraph paragraph) {
        return paragraph.getChunks().stream().map(Element.class::cast).map(element -> ((Chunk) element).getContent())
                .collect(Collectors.joining());
    }
}
