package org.consortia.leaving;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.text.UkDates;

/**
 * Moves each partnership that is ending to ended on the day the Council's involvement ends. Hourly,
 * so that a server that was down at midnight catches up; each change is kept in the record's history.
 */
@Singleton
public class InvolvementClock {

    @PersistenceContext
    EntityManager entityManager;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void everyHour() {
        endInvolvementsDue(LocalDate.now(UkDates.LONDON));
    }

    /** Ends the involvement of every ending partnership whose last day has come by {@code today}; how many. */
    public int endInvolvementsDue(LocalDate today) {
        List<Partnership> due = entityManager.createQuery("select p from Partnership p where p.stage = :ending"
                        + " and p.involvementEndsOn <= :today", Partnership.class)
                .setParameter("ending", LifecycleStage.ENDING).setParameter("today", today).getResultList();
        due.forEach(partnership -> partnership.setStage(LifecycleStage.ENDED));
        return due.size();
    }
}
