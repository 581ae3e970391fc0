package org.consortia.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsTheFormattingMembersUse() {
        String html = "<h3>Aims</h3><p>We <strong>will</strong> <em>reduce</em> <u>crime</u>.</p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>";
        assertEquals(html, RichText.sanitise(html));
    }

    @Test
    void removesScriptsHandlersStylesAndFrames() {
        assertEquals("<p>Hello</p>", RichText.sanitise("<p onclick=\"steal()\">Hello<script>alert(1)</script></p>"));
        assertEquals("<p>x</p>", RichText.sanitise("<p style=\"position:fixed\">x</p><iframe src=\"https://evil\"></iframe>"));
        assertEquals("", RichText.sanitise("<img src=x onerror=alert(1)>"));
        assertEquals("<p>café</p>", RichText.sanitise("<p>café</p>"));
    }

    @Test
    void linksKeepSafeAddressesOnly() {
        String link = RichText.sanitise("<a href=\"https://example.org\" target=\"_top\">site</a>");
        assertTrue(link.startsWith("<a href=\"https://example.org\" rel=\"") && link.endsWith("\">site</a>"), link);
        assertTrue(link.contains("noopener") && link.contains("noreferrer") && link.contains("nofollow"), link);
        assertFalse(link.contains("target"), link);
        assertEquals("site", RichText.sanitise("<a href=\"javascript:alert(1)\">site</a>"));
    }

    @Test
    void nothingBecomesEmptyText() {
        assertEquals("", RichText.sanitise(null));
    }

    @Test
    void dropsControlCharacters() {
        assertEquals("<p>NUL and escape</p>", RichText.sanitise("<p>NUL\u0000 and \u001bescape</p>"));
    }
}
