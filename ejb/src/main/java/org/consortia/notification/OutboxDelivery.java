package org.consortia.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Properties;

/**
 * Sends one queued message through the server's mail session, holding its row's lock while it does,
 * so that a second server trying the same message waits, then finds it sent and leaves it. A message
 * the mail server refuses is kept, with the error, for the next attempt its retry schedule gives. Each
 * message keeps one Message-ID, so that the copy a crash between the mail server's acceptance and its
 * record here would send again is known to mail programs as the same message.
 */
@Stateless
public class OutboxDelivery {

    static final String FROM = "CONSORTIA_MAIL_FROM";
    static final String USER = "CONSORTIA_SMTP_USER";
    static final String PASSWORD = "CONSORTIA_SMTP_PASSWORD";
    private static final String DEFAULT_FROM = "consortia@localhost";
    /** Well inside the transaction's own timeout: a mail server that hangs is a failed attempt, not a held lock. */
    private static final String TIMEOUT_MILLIS = "20000";

    @PersistenceContext
    EntityManager entityManager;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    /** Sends the message if it is still due at {@code now}; whether it was sent now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long messageId, Instant now) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getSentAt() != null || message.getSendAfter().isAfter(now)) {
            return false;
        }
        try {
            MimeMessage mime = mime(message);
            String user = System.getenv(USER);
            if (user == null || user.isBlank()) {
                Transport.send(mime);
            } else {
                Transport.send(mime, user, System.getenv(PASSWORD));
            }
            message.sent(Instant.now());
            return true;
        } catch (MessagingException | UnsupportedEncodingException refused) {
            message.failed(refused.getMessage(), RetrySchedule.next(message.getAttempts() + 1, now));
            return false;
        }
    }

    /** Records a failed attempt that went wrong before the mail server was asked (the database, say). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long messageId, String error, Instant now) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.getSentAt() == null) {
            message.failed(error, RetrySchedule.next(message.getAttempts() + 1, now));
        }
    }

    /** The server's session with timeouts, and with STARTTLS required where it is asked for. */
    private Session session() {
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (Boolean.parseBoolean(properties.getProperty("mail.smtp.starttls.enable"))) {
            properties.put("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        String messageId = "<outbox-" + message.getId() + "." + message.getQueuedAt().toEpochMilli() + "@consortia>";
        MimeMessage mime = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(sender());
        mime.setRecipient(Message.RecipientType.TO, message.getRecipient() == null ? new InternetAddress(
                message.getAddress()) : new InternetAddress(message.getAddress(),
                MailText.oneLine(message.getRecipient().getName()), "UTF-8"));
        mime.setSubject(message.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.bodyToSend(message.getTextBody()), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.bodyToSend(message.getHtmlBody()), "text/html; charset=UTF-8");
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    /** The sender's address as configured, plain or with a name; named "Consortia" where it has none. */
    private static InternetAddress sender() throws MessagingException, UnsupportedEncodingException {
        String configured = System.getenv(FROM);
        InternetAddress from = new InternetAddress(configured == null || configured.isBlank() ? DEFAULT_FROM
                : configured.strip(), true);
        if (from.getPersonal() == null) {
            from.setPersonal("Consortia", "UTF-8");
        }
        return from;
    }
}
