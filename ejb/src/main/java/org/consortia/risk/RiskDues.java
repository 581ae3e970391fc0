package org.consortia.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;

/**
 * Entries past their review date are due from the person who owns them, and mitigation actions past
 * their deadline and not done, from the person responsible. Both are read in one statement: every
 * page that shows attention items pays for each source's reads.
 */
@ApplicationScoped
public class RiskDues implements DueSource {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        List<Object[]> rows = entityManager.createQuery("select e, a from RiskEntry e left join MitigationAction a"
                        + " on a.entry = e and a.responsible is not null and a.doneOn is null and a.deadline < :today"
                        + " where (e.owner is not null and e.status <> :closed and e.reviewDate < :today)"
                        + " or a.id is not null order by e.reviewDate, a.deadline, e.id, a.id", Object[].class)
                .setParameter("closed", EntryStatus.CLOSED)
                .setParameter("today", today)
                .getResultList();
        Set<RiskEntry> toReview = new LinkedHashSet<>();
        List<MitigationAction> overdue = new ArrayList<>();
        for (Object[] row : rows) {
            RiskEntry entry = (RiskEntry) row[0];
            if (entry.getOwner() != null && entry.getStatus() != EntryStatus.CLOSED && entry.getReviewDate() != null
                    && entry.getReviewDate().isBefore(today)) {
                toReview.add(entry);
            }
            if (row[1] != null) {
                overdue.add((MitigationAction) row[1]);
            }
        }
        List<DueItem> items = new ArrayList<>();
        toReview.forEach(entry -> items.add(new DueItem("risk-review:" + entry.getId() + ":" + entry.getReviewDate(),
                Set.of(entry.getOwner().getId()), "Review \"" + entry.getTitle() + "\"",
                "Its review date in the risk register has passed.", "risk?id=" + entry.getId(), entry.getReviewDate())));
        overdue.stream().sorted((one, other) -> one.getDeadline().compareTo(other.getDeadline()))
                .forEach(action -> items.add(new DueItem("mitigation-overdue:" + action.getId() + ":" + action.getDeadline(),
                        Set.of(action.getResponsible().getId()), "Finish \"" + action.getDescription() + "\"",
                        "This action on \"" + action.getEntry().getTitle() + "\" is past its deadline.",
                        "risk?id=" + action.getEntry().getId(), action.getDeadline())));
        return items;
    }
}
