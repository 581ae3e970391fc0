package org.consortia.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the queued messages that are due, the oldest first, each in a transaction of its own; those
 * held for a digest go out in it.
 */
@Stateless
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** How many messages one run tries at most; the rest wait for the next. */
    static final int BATCH = 100;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OutboxDelivery delivery;

    /**
     * Tries every message due at {@code now}; how many were sent. Outside any transaction: each message
     * has its own, and a slow mail server must not hold one open across the run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        List<Long> due = entityManager.createQuery("select m.id from OutboxMessage m where m.sentAt is null"
                        + " and m.held = false and m.sendAfter <= :now order by m.id", Long.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        int sent = 0;
        for (long id : due) {
            try {
                sent += delivery.send(id, now) ? 1 : 0;
            } catch (RuntimeException broken) {
                // One message the database could not handle must not hold back the rest, nor be retried every minute.
                LOG.log(Level.WARNING, "Mail " + id + " could not be sent", broken);
                delivery.failed(id, String.valueOf(broken.getMessage()), now);
            }
        }
        return sent;
    }
}
