package org.consortia.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the port the test server's mail session is given, and the outbox
 * sent to it on demand, for tests that follow a link from an e-mail.
 */
public final class Inbox implements AutoCloseable {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private final GreenMail server = new GreenMail(SMTP);

    private Inbox() {
        server.start();
    }

    public static Inbox start() {
        return new Inbox();
    }

    /** Asks the test server to do something to the outbox or the links of an address (see {@link MailServlet}). */
    public static String ask(String query) {
        HttpRequest request = HttpRequest.newBuilder(PortalClient.BASE.resolve(Deployments.SCENARIOS + "/mail?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the links sent to the address (reset links, invitations), as if their time had run out. */
    public static void expireLinksOf(String address) {
        ask("action=expire-links&to=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }

    /** Sends what the outbox holds now. */
    public void sendQueued() {
        for (int run = 0; run < 50 && Integer.parseInt(ask("action=send&minutesLater=0")) > 0; run++) {
            // Each run sends at most a batch.
        }
    }

    /** The plain-text bodies of the messages the address has received, oldest first. */
    public List<String> textsTo(String address) {
        List<String> texts = new ArrayList<>();
        try {
            for (MimeMessage message : server.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().contains(address)) {
                    texts.add(GreenMailUtil.getBody(((MimeMultipart) message.getContent()).getBodyPart(0)));
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    /**
     * Sends the outbox until the address has received {@code count} messages, for up to ten seconds
     * (some are queued after the page that caused them has answered); the newest one's text.
     */
    public String awaitMessage(String address, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            sendQueued();
            List<String> texts = textsTo(address);
            if (texts.size() >= count) {
                return texts.get(texts.size() - 1);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(address + " received " + texts.size() + " messages, not " + count);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The path and query of the first link in the text to the page, from the portal's root ("/reset-password?token=..."). */
    public static String linkTo(String text, String page) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(page) + "\\S*)").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link to " + page + " in: " + text);
        }
        return link.group(1);
    }

    @Override
    public void close() {
        server.stop();
    }
}
