package org.consortia.reminders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consortia.notification.MailServer;
import org.consortia.partnership.LifecycleStage;

/**
 * A day's reminders: where a mail server is configured and the day's run is not taken yet, each
 * workspace whose partnership has not ended has its due items e-mailed, workspace by workspace.
 */
@Stateless
public class DueReminders {

    private static final Logger LOG = Logger.getLogger(DueReminders.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DueRuns runs;

    @Inject
    DueReminderMails mails;

    /** A day's run: whether this call ran it, how many e-mails it queued, and the workspaces whose reminders failed (each logged). */
    public record Outcome(boolean ran, int queued, List<Long> failedWorkspaces) {

        public static final Outcome NOT_RUN = new Outcome(false, 0, List.of());
    }

    /**
     * Runs the day's reminders unless they have run (or are running) already. Outside a transaction: each workspace has its own, under its own tenant, so one that
     * fails does not hold back the rest.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome runFor(LocalDate today) {
        if (!MailServer.configured() || !runs.claim(today)) {
            return Outcome.NOT_RUN;
        }
        List<Long> workspaces = entityManager.createQuery("select p.id from Partnership p where p.stage <> :ended"
                        + " order by p.id", Long.class)
                .setParameter("ended", LifecycleStage.ENDED).getResultList();
        int queued = 0;
        List<Long> failedWorkspaces = new ArrayList<>();
        for (long workspace : workspaces) {
            try {
                queued += mails.queueFor(workspace, today);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "The reminders of workspace " + workspace + " could not be queued", failed);
                failedWorkspaces.add(workspace);
            }
        }
        runs.finished(today);
        return new Outcome(true, queued, List.copyOf(failedWorkspaces));
    }
}
