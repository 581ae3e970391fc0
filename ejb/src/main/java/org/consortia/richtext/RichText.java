package org.consortia.richtext;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rich text that members write: paragraphs, emphasis, lists, sub-headings,
 * quotations and web links. Everything else (scripts, styles, event handlers, images, frames) is
 * removed on the server before anything is stored.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "h3", "h4", "blockquote")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]|[\\uFFFE\\uFFFF]");

    private RichText() {
    }

    /** Keeps only allowed markup, and drops control characters (such as NUL) that no editor types. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(CONTROL_CHARACTERS.matcher(html).replaceAll("")).strip();
    }
}
