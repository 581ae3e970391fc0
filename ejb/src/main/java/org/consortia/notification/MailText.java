package org.consortia.notification;

import java.util.List;

/**
 * What an e-mail of the portal says, as plain text and as HTML alike: its paragraphs, a link back to
 * the page it is about, and why it was sent with where the person's account is kept.
 */
public record MailText(String subject, String text, String html) {

    /** The portal's address for links in e-mails, from {@code CONSORTIA_BASE_URL}. */
    static final String BASE_URL = "CONSORTIA_BASE_URL";
    private static final String DEFAULT_BASE_URL = "http://localhost:8080";

    /**
     * @param path the page, from the portal's root ("/w/community-safety/members")
     * @param why  why the person receives it ("You receive this because you have been appointed.")
     */
    public static MailText of(String subject, List<String> paragraphs, String linkText, String path, String why) {
        String url = baseUrl() + path;
        String account = "Your account: " + baseUrl() + "/account/password";
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body>");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        text.append(linkText).append(": ").append(url).append("\n\n-- \n").append(why).append('\n').append(account)
                .append('\n');
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(linkText)).append("</a></p>")
                .append("<hr><p><small>").append(escape(why)).append("<br>").append(escape(account))
                .append("</small></p></body></html>");
        return new MailText(subject, text.toString(), html.toString());
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
