package org.consortia.reminders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.consortia.validation.ConstraintViolations;

/** Which server runs a day's reminders: the first to take the day's row; the others, and reruns, find it taken. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DueRuns {

    @PersistenceContext
    EntityManager entityManager;

    /** A run not finished after this long was stopped (a server that stopped mid-run): it is taken afresh. */
    static final Duration STOPPED_AFTER = Duration.ofHours(2);

    /**
     * Takes the day's run for this call; false where it was taken before, or by another at the same
     * moment, unless that run started long ago and never finished.
     */
    public boolean claim(LocalDate day) {
        Instant now = Instant.now();
        int retaken = entityManager.createQuery("update DueRun r set r.startedAt = :now where r.runOn = :day"
                        + " and r.finishedAt is null and r.startedAt < :stopped")
                .setParameter("now", now).setParameter("day", day).setParameter("stopped", now.minus(STOPPED_AFTER))
                .executeUpdate();
        if (retaken == 1) {
            return true;
        }
        try {
            entityManager.persist(new DueRun(day, now));
            entityManager.flush();
            return true;
        } catch (RuntimeException failed) {
            if (ConstraintViolations.causedBy(failed)) {
                return false;
            }
            throw failed;
        }
    }

    public void finished(LocalDate day) {
        DueRun run = entityManager.find(DueRun.class, day);
        if (run != null) {
            run.finished(Instant.now());
        }
    }
}
