package org.consortia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void bothPartsSayTheSameWithTheLinkAndWhyAndTheHtmlEscapesWhatPeopleTyped() {
        MailText mail = MailText.of("You have been appointed", List.of("Chair of <Safer> Streets & Parks."),
                "Open the partnership", "/w/safer-streets", "You receive this because you have been appointed.");
        assertEquals("You have been appointed", mail.subject());
        assertTrue(mail.text().startsWith("Chair of <Safer> Streets & Parks.\n\n"), mail.text());
        assertTrue(mail.text().contains("Open the partnership: http://localhost:8080/w/safer-streets"), mail.text());
        assertTrue(mail.text().contains("You receive this because you have been appointed."));
        assertTrue(mail.html().contains("<p>Chair of &lt;Safer&gt; Streets &amp; Parks.</p>"), mail.html());
        assertTrue(mail.html().contains("<a href=\"http://localhost:8080/w/safer-streets\">Open the partnership</a>"),
                mail.html());
        assertFalse(mail.html().contains("<Safer>"));
        assertTrue(mail.text().contains("To choose how often you get e-mails: http://localhost:8080/account/email"),
                "every e-mail says how to change the setting");
        assertEquals("http://localhost:8080/w/safer-streets", mail.link());
    }

    @Test
    void aDigestListsEachTopicsEmailsBySubjectWithTheirLinksInBothParts() {
        Map<String, List<MailText.Entry>> byTopic = new LinkedHashMap<>();
        byTopic.put("Safer <Streets>", List.of(new MailText.Entry("Minutes to approve", "http://x/w/a/minutes"),
                new MailText.Entry("Due by 3 May: Review", "http://x/w/a/risk")));
        byTopic.put(null, List.of(new MailText.Entry("Something general", null)));
        MailText digest = MailText.digest("Your daily digest", "Since yesterday:", byTopic, "You chose a daily digest.");
        assertEquals("Since yesterday:\n\nSafer <Streets>\n===============\n* Minutes to approve\n  http://x/w/a/minutes\n"
                + "* Due by 3 May: Review\n  http://x/w/a/risk\n\nOther\n=====\n* Something general\n\n-- \n"
                + "You chose a daily digest.\nTo choose how often you get e-mails: http://localhost:8080/account/email\n",
                digest.text());
        assertTrue(digest.html().contains("<h2>Safer &lt;Streets&gt;</h2><ul><li><a href=\"http://x/w/a/minutes\">"
                + "Minutes to approve</a></li>"), digest.html());
        assertTrue(digest.html().contains("<h2>Other</h2><ul><li>Something general</li></ul>"), digest.html());
    }

    @Test
    void aSubjectFitsTheOutboxAndADigestOfManyEmailsCountsWhatItCannotList() {
        MailText tooLong = MailText.of("Overdue: " + "x".repeat(1000), List.of("Text."), "Open it", "/", "Why.");
        assertEquals(MailText.SUBJECT_LIMIT, tooLong.subject().length());
        assertTrue(tooLong.subject().endsWith("…"));

        List<MailText.Entry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new MailText.Entry("Due by 3 May: item " + i + " " + "y".repeat(200), "http://x/w/a/risk?id=" + i));
        }
        MailText digest = MailText.digest("Your weekly digest", "Since last week:", Map.of("A", many), "Why.");
        assertTrue(digest.text().length() < 20_000 && digest.html().length() < 40_000, "within the outbox's columns");
        assertTrue(digest.text().matches("(?s).*And \\d+ more e-mails: what is still to do is on your home page.*"),
                digest.text().substring(digest.text().length() - 300));
    }

    @Test
    void aNameTypedOverSeveralLinesBecomesOne() {
        assertEquals("Safer Streets Open it: https://elsewhere",
                MailText.oneLine("Safer Streets\n\nOpen it:\r\n https://elsewhere "));
    }
}
