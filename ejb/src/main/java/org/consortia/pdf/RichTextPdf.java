package org.consortia.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.owasp.html.HtmlSanitizer;

/**
 * Lays out members' rich text (already sanitised to the portal's allow-list) as PDF paragraphs by
 * walking its element tree, so that every character of it is printed with its emphasis: bold,
 * italic, underline, strike-through, sub-headings, quotations, numbered and bulleted lists, line
 * breaks, and the address of each link beside its text. What is signed is what is printed.
 */
public final class RichTextPdf implements HtmlSanitizer.Policy {

    private static final float INDENT = 14;

    private final PdfFonts fonts;
    private final float size;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Deque<int[]> lists = new ArrayDeque<>();
    private final Deque<String> links = new ArrayDeque<>();
    private Paragraph current;
    private int bold;
    private int italic;
    private int underline;
    private int strike;
    private int quote;
    private int heading;

    private RichTextPdf(PdfFonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    /** The paragraphs of the text, in order. */
    public static List<Paragraph> paragraphs(String html, PdfFonts fonts, float size) {
        RichTextPdf layout = new RichTextPdf(fonts, size);
        HtmlSanitizer.sanitize(html == null ? "" : html, layout);
        return layout.paragraphs;
    }

    @Override
    public void openDocument() {
        // Nothing to prepare.
    }

    @Override
    public void closeDocument() {
        endParagraph();
    }

    @Override
    public void openTag(String elementName, List<String> attributes) {
        switch (elementName.toLowerCase(Locale.ROOT)) {
            case "p" -> startParagraph(0);
            case "h3", "h4" -> {
                heading++;
                startParagraph(0);
            }
            case "blockquote" -> {
                quote++;
                endParagraph();
            }
            case "ul" -> {
                endParagraph();
                lists.push(new int[] {-1});
            }
            case "ol" -> {
                endParagraph();
                lists.push(new int[] {0});
            }
            case "li" -> {
                startParagraph(INDENT * Math.max(1, lists.size()));
                int[] list = lists.isEmpty() ? new int[] {-1} : lists.peek();
                add(list[0] < 0 ? "•  " : ++list[0] + ".  ");
            }
            case "strong", "b" -> bold++;
            case "em", "i" -> italic++;
            case "u" -> underline++;
            case "s", "strike", "del" -> strike++;
            case "br" -> paragraph().add(Chunk.NEWLINE);
            case "a" -> links.push(attribute(attributes, "href"));
            default -> { }
        }
    }

    @Override
    public void closeTag(String elementName) {
        switch (elementName.toLowerCase(Locale.ROOT)) {
            case "p", "li" -> endParagraph();
            case "h3", "h4" -> {
                endParagraph();
                heading--;
            }
            case "blockquote" -> {
                endParagraph();
                quote--;
            }
            case "ul", "ol" -> {
                endParagraph();
                if (!lists.isEmpty()) {
                    lists.pop();
                }
            }
            case "strong", "b" -> bold--;
            case "em", "i" -> italic--;
            case "u" -> underline--;
            case "s", "strike", "del" -> strike--;
            case "a" -> {
                String href = links.isEmpty() ? "" : links.pop();
                if (!href.isEmpty()) {
                    add(" (" + href + ")");
                }
            }
            default -> { }
        }
    }

    @Override
    public void text(String text) {
        if (current == null && text.isBlank()) {
            return;
        }
        add(text);
    }

    private void add(String text) {
        paragraph().add(new Chunk(text, font()));
    }

    private Font font() {
        boolean strong = bold > 0 || heading > 0;
        Font font = strong ? fonts.bold(heading > 0 ? size + 0.5f : size)
                : italic > 0 ? fonts.italic(size) : fonts.regular(size);
        int style = strong && italic > 0 ? Font.ITALIC : Font.NORMAL;
        if (underline > 0) {
            style |= Font.UNDERLINE;
        }
        if (strike > 0) {
            style |= Font.STRIKETHRU;
        }
        font.setStyle(style);
        return font;
    }

    private Paragraph paragraph() {
        if (current == null) {
            startParagraph(lists.isEmpty() ? 0 : INDENT * lists.size());
        }
        return current;
    }

    private void startParagraph(float indent) {
        endParagraph();
        current = new Paragraph();
        current.setIndentationLeft(indent + INDENT * 1.5f * quote);
        current.setSpacingAfter(4);
    }

    private void endParagraph() {
        if (current != null) {
            paragraphs.add(current);
            current = null;
        }
    }

    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equalsIgnoreCase(name)) {
                return attributes.get(i + 1);
            }
        }
        return "";
    }
}
