package org.consortia.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.consortia.identity.Account;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Queues the e-mails the portal sends, once for each event and person: a second queueing of the same
 * event for the same person, by a rerun, a restart or a second server, however close in time, adds
 * nothing (the outbox's unique key decides between two at once).
 */
@Stateless
public class Outbox {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager entityManager;

    /**
     * Queues the message for the person, to be sent from {@code sendAfter}, in a transaction of its
     * own; whether it was queued now (false where the event was queued for them before).
     *
     * @param eventKey what happened, in words that name it once, for example {@code mou-out-for-agreement:12:3}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean queue(String eventKey, long recipientId, String subject, String textBody, String htmlBody,
            boolean urgent, Instant sendAfter) {
        if (eventKey.length() > OutboxMessage.KEY_LIMIT) {
            throw new IllegalArgumentException("An event key is at most " + OutboxMessage.KEY_LIMIT + " characters: "
                    + eventKey);
        }
        if (queued(eventKey, recipientId)) {
            return false;
        }
        Account recipient = entityManager.getReference(Account.class, recipientId);
        try {
            entityManager.persist(new OutboxMessage(eventKey, recipient, subject, textBody, htmlBody, urgent,
                    Instant.now(), sendAfter));
            entityManager.flush();
            return true;
        } catch (PersistenceException failed) {
            if (!isDuplicate(failed)) {
                throw failed;
            }
            // Queued by another transaction between the check and the insert: the unique key kept it once.
            return false;
        }
    }

    /**
     * Queues an event's message for the person within the caller's transaction, so that it is sent
     * only if what it tells of is saved; for events whose key names them once by construction (an
     * appointment's own number, say). Unless it is urgent, it is held for the person's digest where
     * they chose one. Where no mail server is configured, nothing is queued: a server configured later
     * must not send old news.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queueWithin(String eventKey, long recipientId, MailText mail, boolean urgent) {
        if (!MailServer.configured() || queued(eventKey, recipientId)) {
            return false;
        }
        MailSetting setting = entityManager.find(MailSetting.class, recipientId);
        boolean held = !urgent && setting != null && setting.getFrequency() != MailFrequency.AT_ONCE;
        entityManager.persist(new OutboxMessage(eventKey, entityManager.getReference(Account.class, recipientId),
                mail.subject(), mail.text(), mail.html(), mail.topic(), mail.link(), urgent, held, Instant.now()));
        return true;
    }

    /**
     * Queues, within the caller's transaction, a message whose link opens something by itself (a
     * password reset, an invitation): sent at once whatever the person chose, the link's token kept
     * only until it is sent. The mail's bodies hold {@link OutboxMessage#SECRET_PLACEHOLDER} where
     * the token goes. Nothing is queued where no mail server is configured.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queueSecretLink(String eventKey, long recipientId, MailText mail, String token) {
        if (!MailServer.configured() || queued(eventKey, recipientId)) {
            return false;
        }
        entityManager.persist(OutboxMessage.withSecret(eventKey, entityManager.getReference(Account.class, recipientId),
                mail.subject(), mail.text(), mail.html(), token, Instant.now()));
        return true;
    }

    /**
     * As {@link #queueSecretLink}, to an address that may have no account yet; its event key names the
     * message once by construction (an invitation's number and sending).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queueSecretLinkTo(String eventKey, String address, MailText mail, String token) {
        if (!MailServer.configured()) {
            return false;
        }
        entityManager.persist(OutboxMessage.withSecretTo(eventKey, address, mail.subject(), mail.text(), mail.html(),
                token, Instant.now()));
        return true;
    }

    private boolean queued(String eventKey, long recipientId) {
        return !entityManager.createQuery("select m.id from OutboxMessage m where m.eventKey = :key"
                        + " and m.recipient.id = :recipient", Long.class)
                .setParameter("key", eventKey).setParameter("recipient", recipientId).getResultList().isEmpty();
    }

    private static boolean isDuplicate(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                // Not every dialect names the kind: SQL's own state for a unique violation is 23505.
                return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                        || UNIQUE_VIOLATION.equals(violation.getSQLState());
            }
        }
        return false;
    }
}
