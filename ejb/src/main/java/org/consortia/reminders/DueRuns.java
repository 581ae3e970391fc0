package org.consortia.reminders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.consortia.validation.ConstraintViolations;

/** Which server runs a day's reminders: the first to take the day's row; the others, and reruns, find it taken. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DueRuns {

    @PersistenceContext
    EntityManager entityManager;

    /** Takes the day's run for this call; false where it was taken before, or by another at the same moment. */
    public boolean claim(LocalDate day) {
        try {
            entityManager.persist(new DueRun(day, Instant.now()));
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
