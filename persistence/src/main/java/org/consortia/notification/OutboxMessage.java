package org.consortia.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.consortia.identity.Account;

/**
 * An e-mail the portal is to send to one person about one event, with its plain-text and HTML parts;
 * the event's key and the person make it unique, so that it is queued, and sent, once.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    public static final int KEY_LIMIT = 200;
    public static final int ERROR_LIMIT = 1000;
    /** Where the bodies of a message that carries a secret link hold its token, which is filled in as it is sent. */
    public static final String SECRET_PLACEHOLDER = "[[secret]]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", nullable = false, length = KEY_LIMIT, updatable = false)
    private String eventKey;

    /** The person it goes to; null for an address with no account yet (an invitation's). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id", updatable = false)
    private Account recipient;

    @Column(nullable = false, length = 320, updatable = false)
    private String address;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 20000, updatable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 40000, updatable = false)
    private String htmlBody;

    /** Sent at once whatever the person chose, as a deadline within two days or a voided signature is. */
    @Column(nullable = false, updatable = false)
    private boolean urgent;

    /** What it is about, such as the partnership, under which a digest lists it; null where nothing in particular. */
    @Column(length = 300, updatable = false)
    private String topic;

    /** The page it links back to, which a digest lists beside its subject. */
    @Column(length = 1000, updatable = false)
    private String link;

    /** Kept for the person's digest, as they chose, instead of being sent on its own. */
    @Column(nullable = false)
    private boolean held;

    /** The digest it was sent in, if it was held for one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "digest_id")
    private OutboxMessage digest;

    /**
     * The token of the link the message carries, kept only until it is sent, so that the database holds
     * no working link afterwards.
     */
    @Column(length = 100)
    private String secret;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "send_after", nullable = false)
    private Instant sendAfter;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LIMIT)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String eventKey, Account recipient, String subject, String textBody, String htmlBody,
            boolean urgent, Instant queuedAt, Instant sendAfter) {
        this.eventKey = eventKey;
        this.recipient = recipient;
        this.address = recipient.getEmail();
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.urgent = urgent;
        this.queuedAt = queuedAt;
        this.sendAfter = sendAfter;
    }

    /** An event's message about the topic, linking to the page, held for a digest where the person chose one. */
    public OutboxMessage(String eventKey, Account recipient, String subject, String textBody, String htmlBody,
            String topic, String link, boolean urgent, boolean held, Instant queuedAt) {
        this(eventKey, recipient, subject, textBody, htmlBody, urgent, queuedAt, queuedAt);
        this.topic = topic;
        this.link = link;
        this.held = held;
    }

    /** A message carrying a link that opens something by itself (its token in place of {@link #SECRET_PLACEHOLDER}). */
    public static OutboxMessage withSecret(String eventKey, Account recipient, String subject, String textBody,
            String htmlBody, String secret, Instant queuedAt) {
        OutboxMessage message = new OutboxMessage(eventKey, recipient, subject, textBody, htmlBody, true, queuedAt,
                queuedAt);
        message.secret = secret;
        return message;
    }

    /** A message carrying a secret link to an address that may have no account yet (an invitation). */
    public static OutboxMessage withSecretTo(String eventKey, String address, String subject, String textBody,
            String htmlBody, String secret, Instant queuedAt) {
        OutboxMessage message = new OutboxMessage();
        message.eventKey = eventKey;
        message.address = address;
        message.subject = subject;
        message.textBody = textBody;
        message.htmlBody = htmlBody;
        message.urgent = true;
        message.queuedAt = queuedAt;
        message.sendAfter = queuedAt;
        message.secret = secret;
        return message;
    }

    /** The body as it is sent: with the link's token, while the message still holds it. */
    public String bodyToSend(String body) {
        return secret == null ? body : body.replace(SECRET_PLACEHOLDER, secret);
    }

    /** Sent within the digest, with the digest's own sending. */
    public void sentIn(OutboxMessage digest, Instant at) {
        this.digest = digest;
        this.sentAt = at;
    }

    /** No longer held: sent on its own after all, as the person now chose. */
    public void release() {
        held = false;
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.lastError = null;
        this.secret = null;
    }

    /** Records a failed attempt and when to try again. */
    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null || error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
        this.sendAfter = retryAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventKey() {
        return eventKey;
    }

    public Account getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getTopic() {
        return topic;
    }

    public String getLink() {
        return link;
    }

    public boolean isHeld() {
        return held;
    }

    public OutboxMessage getDigest() {
        return digest;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSendAfter() {
        return sendAfter;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
