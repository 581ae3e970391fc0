package org.consortia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    }

    @Test
    void aNameTypedOverSeveralLinesBecomesOne() {
        assertEquals("Safer Streets Open it: https://elsewhere",
                MailText.oneLine("Safer Streets\n\nOpen it:\r\n https://elsewhere "));
    }
}
