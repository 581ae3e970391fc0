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

/**
 * Sends one queued message through the server's mail session, holding its row's lock while it does,
 * so that a second server trying the same message waits, then finds it sent and leaves it. A message
 * the mail server refuses is kept, with the error, for the next attempt its retry schedule gives.
 */
@Stateless
public class OutboxDelivery {

    static final String FROM = "CONSORTIA_MAIL_FROM";
    static final String USER = "CONSORTIA_SMTP_USER";
    static final String PASSWORD = "CONSORTIA_SMTP_PASSWORD";
    private static final String DEFAULT_FROM = "consortia@localhost";

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
            String user = System.getenv(USER);
            if (user == null || user.isBlank()) {
                Transport.send(mime(message));
            } else {
                Transport.send(mime(message), user, System.getenv(PASSWORD));
            }
            message.sent(Instant.now());
            return true;
        } catch (MessagingException | UnsupportedEncodingException refused) {
            message.failed(refused.getMessage(), RetrySchedule.next(message.getAttempts() + 1, now));
            return false;
        }
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new MimeMessage(mail);
        String from = System.getenv(FROM);
        mime.setFrom(new InternetAddress(from == null || from.isBlank() ? DEFAULT_FROM : from, "Consortia", "UTF-8"));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getAddress(),
                message.getRecipient().getName(), "UTF-8"));
        mime.setSubject(message.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.getHtmlBody(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        mime.setContent(alternatives);
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }
}
