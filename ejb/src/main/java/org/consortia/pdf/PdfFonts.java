package org.consortia.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation fonts, embedded with Unicode encoding: the built-in PDF fonts know only Windows-1252
 * and silently drop letters such as the "Ł" of a partner's name. Each document gets its own set,
 * because a font records the glyphs its document uses.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSans-Italic.ttf");
    private static final byte[] MONO = read("LiberationMono-Regular.ttf");

    private final BaseFont regular = create("LiberationSans-Regular.ttf", REGULAR);
    private final BaseFont bold = create("LiberationSans-Bold.ttf", BOLD);
    private final BaseFont italic = create("LiberationSans-Italic.ttf", ITALIC);
    private final BaseFont mono = create("LiberationMono-Regular.ttf", MONO);

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    public Font mono(float size) {
        return new Font(mono, size);
    }

    private static byte[] read(String file) {
        try (InputStream font = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (font == null) {
                throw new IllegalStateException("The font " + file + " is missing from the class path");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont create(String name, byte[] file) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not load the font " + name, e);
        }
    }
}
