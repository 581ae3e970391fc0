package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.Inbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's e-mail reaches a real SMTP server started by the test (GreenMail), on the port the test
 * server's mail session is given: once, as plain text and HTML; a mail server that refuses and then
 * accepts gets the message exactly once; two senders at once send it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail mailServer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @AfterEach
    void stopMailServer() {
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    private static String mail(String query) {
        return Inbox.ask(query);
    }

    private static String queue(String key, String to) {
        return mail("action=queue&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(to, StandardCharsets.UTF_8));
    }

    /** Sends the event's messages as if the minutes had passed, whatever other tests have left in the outbox. */
    private static void send(String key, int minutesLater) {
        mail("action=send&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&minutesLater=" + minutesLater);
    }

    /** Runs the sender as if the minutes had passed, until it finds nothing more to send (other tests queue mail too). */
    private static void send(int minutesLater) {
        for (int run = 0; run < 50 && Integer.parseInt(mail("action=send&minutesLater=" + minutesLater)) > 0; run++) {
            // Each run sends at most a batch.
        }
    }

    private List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().contains(address)) {
                    received.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    @Test
    void aMailServerThatRefusesAndThenAcceptsGetsTheMessageExactlyOnce() throws Exception {
        HttpScenario scenario = HttpScenario.build();
        String key = "minutes-ready:" + scenario.tag;
        assertEquals("true", queue(key, scenario.chairOfA));
        assertEquals("false", queue(key, scenario.chairOfA), "queued once");

        send(key, 0);
        mailServer = new GreenMail(SMTP);
        mailServer.start();
        send(key, 0);
        assertEquals(List.of(), receivedBy(scenario.chairOfA), "refused while nothing listened, it waits its minute");
        send(key, 2);
        assertEquals(1, receivedBy(scenario.chairOfA).size());
        send(key, 30);
        send(30);
        List<MimeMessage> received = receivedBy(scenario.chairOfA);
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals("Minutes are ready to approve", message.getSubject());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount(), "a plain-text and an HTML part");
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(GreenMailUtil.getBody(parts.getBodyPart(1)).contains("<strong>board</strong>"));
        assertTrue(message.getFrom()[0].toString().contains("Consortia"));
        assertTrue(message.getMessageID().startsWith("<outbox-"), message.getMessageID());
    }

    @Test
    void twoSendersAtOnceSendAMessageOnce() throws Exception {
        mailServer = new GreenMail(SMTP);
        mailServer.start();
        HttpScenario scenario = HttpScenario.build();
        for (int round = 0; round < 5; round++) {
            String key = "agenda-published:" + scenario.tag + ":" + round;
            queue(key, scenario.memberOfA);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> send(key, 0));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> send(key, 0));
            first.get();
            second.get();
        }
        send(0);
        assertEquals(5, receivedBy(scenario.memberOfA).size(), "each of the five once");
    }
}
