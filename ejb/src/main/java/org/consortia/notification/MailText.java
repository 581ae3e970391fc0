package org.consortia.notification;

import java.util.List;
import java.util.Map;

/**
 * What an e-mail of the portal says, as plain text and as HTML alike: its paragraphs, a link back to
 * the page it is about, and why it was sent with where the person chooses how often they get e-mails.
 * A digest lists several under their topics.
 *
 * @param link  the page it links back to
 * @param topic what it is about (a partnership's name), under which a digest lists it; null where nothing in particular
 */
public record MailText(String subject, String text, String html, String link, String topic) {

    /** The page where each person chooses how often they get e-mails. */
    public static final String SETTINGS_PAGE = "/account/email";
    /** As long as a subject may be (the outbox's column), ending in an ellipsis where it was longer. */
    public static final int SUBJECT_LIMIT = 300;
    /** How much of a digest's plain text lists e-mails; the rest are counted, within the outbox's columns. */
    static final int DIGEST_TEXT_BUDGET = 15_000;
    static final int DIGEST_HTML_BUDGET = 30_000;

    public MailText {
        subject = shortened(oneLine(subject), SUBJECT_LIMIT);
    }

    /** One e-mail a digest lists: its subject and the page it links to. */
    public record Entry(String subject, String link) {
    }

    /** The portal's address for links in e-mails, from {@code CONSORTIA_BASE_URL}. */
    static final String BASE_URL = "CONSORTIA_BASE_URL";
    private static final String DEFAULT_BASE_URL = "http://localhost:8080";

    /**
     * @param path the page, from the portal's root ("/w/community-safety/members")
     * @param why  why the person receives it ("You receive this because you have been appointed.")
     */
    public static MailText of(String subject, List<String> paragraphs, String linkText, String path, String why) {
        String url = baseUrl() + path;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body>");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        text.append(linkText).append(": ").append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(linkText)).append("</a></p>");
        footer(text, html, why);
        return new MailText(subject, text.toString(), html.toString(), url, null);
    }

    /** The same, listed in a digest under the topic (a partnership's name). */
    public MailText about(String aboutTopic) {
        return new MailText(subject, text, html, link, aboutTopic == null ? null : oneLine(aboutTopic));
    }

    /**
     * A digest: each topic's e-mails, in the order given, by subject with the page each links to; those
     * with no topic under "Other".
     */
    public static MailText digest(String subject, String opening, Map<String, List<Entry>> byTopic, String why) {
        StringBuilder text = new StringBuilder(opening).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body><p>").append(escape(opening))
                .append("</p>");
        int left = byTopic.values().stream().mapToInt(List::size).sum();
        for (Map.Entry<String, List<Entry>> topic : byTopic.entrySet()) {
            if (text.length() > DIGEST_TEXT_BUDGET || html.length() > DIGEST_HTML_BUDGET) {
                break;
            }
            String heading = topic.getKey() == null ? "Other" : topic.getKey();
            text.append(heading).append("\n").append("=".repeat(Math.min(heading.length(), 70))).append("\n");
            html.append("<h2>").append(escape(heading)).append("</h2><ul>");
            for (Entry entry : topic.getValue()) {
                if (text.length() > DIGEST_TEXT_BUDGET || html.length() > DIGEST_HTML_BUDGET) {
                    break;
                }
                text.append("* ").append(entry.subject()).append(entry.link() == null ? "" : "\n  " + entry.link())
                        .append('\n');
                html.append("<li>").append(entry.link() == null ? escape(entry.subject()) : "<a href=\""
                        + escape(entry.link()) + "\">" + escape(entry.subject()) + "</a>").append("</li>");
                left--;
            }
            text.append('\n');
            html.append("</ul>");
        }
        if (left > 0) {
            String more = "And " + left + (left == 1 ? " more e-mail" : " more e-mails")
                    + ": what is still to do is on your home page, under “Needs your attention”.";
            text.append(more).append("\n\n");
            html.append("<p>").append(escape(more)).append("</p>");
        }
        footer(text, html, why);
        return new MailText(subject, text.toString(), html.toString(), baseUrl() + "/", null);
    }

    private static void footer(StringBuilder text, StringBuilder html, String why) {
        String settings = "To choose how often you get e-mails: " + baseUrl() + SETTINGS_PAGE;
        text.append("-- \n").append(why).append('\n').append(settings).append('\n');
        html.append("<hr><p><small>").append(escape(why)).append("<br>").append("To choose how often you get e-mails: ")
                .append("<a href=\"").append(escape(baseUrl() + SETTINGS_PAGE)).append("\">")
                .append(escape(baseUrl() + SETTINGS_PAGE)).append("</a></small></p></body></html>");
    }

    private static String shortened(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    /** A name or title as one line, whatever line breaks it was typed with: it cannot pose as more of the message. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String baseUrl() {
        String configured = System.getenv(BASE_URL);
        String base = configured == null || configured.isBlank() ? DEFAULT_BASE_URL : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
