package org.consortia.reminders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueItems;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;

/**
 * Queues one workspace's due items, each for each person who is to act on it and may still sign in:
 * once when it is first due and once more when its deadline is within two days (or passed), the outbox
 * keeping each to a person once however often the day's run is repeated.
 */
@Stateless
public class DueReminderMails {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DueItems dueItems;

    @Inject
    Outbox outbox;

    /** In a transaction of its own, entered as the workspace so that its rows are read under its tenant; how many queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueFor(long partnershipId, LocalDate today) {
        return CurrentWorkspace.callIn(partnershipId, () -> {
            Partnership partnership = entityManager.find(Partnership.class, partnershipId);
            List<DueItem> items = dueItems.inCurrentWorkspace(today);
            Set<Long> everyone = new HashSet<>();
            items.forEach(item -> everyone.addAll(item.people()));
            Set<Long> reachable = everyone.isEmpty() ? Set.of() : new HashSet<>(entityManager.createQuery(
                            "select a.id from Account a where a.id in :people and a.enabled = true"
                                    + " and a.organisation.enabled = true", Long.class)
                    .setParameter("people", everyone).getResultList());
            int queued = 0;
            for (DueItem item : items) {
                MailText mail = mailOf(item, partnership, today);
                boolean urgent = item.isUrgentOn(today);
                // Told once when it is first due, and once more, at once, when its deadline is close.
                String event = "due:" + partnershipId + ":" + item.key() + (urgent ? ":urgent" : "");
                for (long person : item.people()) {
                    if (reachable.contains(person) && outbox.queueWithin(event, person, mail, urgent)) {
                        queued++;
                    }
                }
            }
            return queued;
        });
    }

    private static MailText mailOf(DueItem item, Partnership partnership, LocalDate today) {
        String name = MailText.oneLine(partnership.getName());
        String when = item.due() == null ? "To do"
                : item.due().isBefore(today) ? "Overdue since " + UkDates.day(item.due())
                : "Due by " + UkDates.day(item.due());
        return MailText.of(when + ": " + MailText.oneLine(item.title()) + " (" + name + ")",
                List.of(MailText.oneLine(item.title()) + ", in " + name + ".", item.detail(), when + "."),
                "Open it on Consortia", AttentionItem.addressOf(item.page(), partnership.getSlug()),
                "You receive this because it is yours to do in " + name + ".").about(name);
    }
}
