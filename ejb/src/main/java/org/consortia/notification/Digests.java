package org.consortia.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consortia.identity.Account;

/**
 * Puts together the digests of those who chose one: each morning for a daily digest, on Mondays for a
 * weekly one, every e-mail held for the person since their last, grouped by what it is about, in one
 * e-mail that the outbox then sends. Each person's digest is made in a transaction of its own under
 * their held messages' locks, so that a second run, or a second server, finds them sent.
 */
@Stateless
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    SessionContext context;

    /** Makes every digest due on the day; how many were made. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int composeDue(LocalDate today) {
        List<Long> waiting = entityManager.createQuery("select distinct m.recipient.id from OutboxMessage m"
                + " where m.held = true and m.sentAt is null", Long.class).getResultList();
        Digests self = context.getBusinessObject(Digests.class);
        int made = 0;
        for (long accountId : waiting) {
            try {
                made += self.composeFor(accountId, today) ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "The digest of account " + accountId + " could not be made", failed);
            }
        }
        return made;
    }

    /**
     * The person's digest, where one is due on the day and anything is held for it; whether one was
     * made. For someone who now wants each e-mail at once, what was held is released to be sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean composeFor(long accountId, LocalDate today) {
        MailSetting setting = entityManager.find(MailSetting.class, accountId);
        MailFrequency frequency = setting == null ? MailFrequency.AT_ONCE : setting.getFrequency();
        if (frequency == MailFrequency.AT_ONCE) {
            release(entityManager, accountId);
            return false;
        }
        if (frequency == MailFrequency.WEEKLY && today.getDayOfWeek() != DayOfWeek.MONDAY) {
            return false;
        }
        List<OutboxMessage> held = entityManager.createQuery("select m from OutboxMessage m"
                        + " where m.recipient.id = :account and m.held = true and m.sentAt is null order by m.id",
                        OutboxMessage.class)
                .setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (held.isEmpty()) {
            return false;
        }
        Map<String, List<MailText.Entry>> byTopic = new LinkedHashMap<>();
        held.stream().sorted(Comparator.comparing(OutboxMessage::getTopic, Comparator.nullsLast(
                        String.CASE_INSENSITIVE_ORDER)))
                .forEach(message -> byTopic.computeIfAbsent(message.getTopic(), topic -> new ArrayList<>())
                        .add(new MailText.Entry(message.getSubject(), message.getLink())));
        boolean daily = frequency == MailFrequency.DAILY;
        MailText digest = MailText.digest("Your " + (daily ? "daily" : "weekly") + " digest from Consortia: "
                        + (held.size() == 1 ? "1 e-mail" : held.size() + " e-mails"),
                "What the portal had for you since your last digest, partnership by partnership. Urgent e-mails"
                        + " (a deadline within two days, a voided signature) came to you at once, as always.",
                byTopic, "You receive this because you chose " + (daily ? "a daily" : "a weekly") + " digest.");
        Instant now = Instant.now();
        OutboxMessage sent = new OutboxMessage("digest:" + today, entityManager.getReference(Account.class, accountId),
                digest.subject(), digest.text(), digest.html(), null, digest.link(), false, false, now);
        entityManager.persist(sent);
        held.forEach(message -> message.sentIn(sent, now));
        return true;
    }

    /** Lets what was held for the person's digest go out on its own. */
    static void release(EntityManager entityManager, long accountId) {
        entityManager.createQuery("update OutboxMessage m set m.held = false where m.recipient.id = :account"
                        + " and m.held = true and m.sentAt is null")
                .setParameter("account", accountId).executeUpdate();
    }
}
