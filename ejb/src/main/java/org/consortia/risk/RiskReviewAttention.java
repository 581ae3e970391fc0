package org.consortia.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/** Entries past their review date ask for the attention of the person who owns them. */
@ApplicationScoped
public class RiskReviewAttention implements AttentionSource {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        return entityManager.createQuery("select e from RiskEntry e where e.owner.id = :owner and e.status <> :closed"
                        + " and e.reviewDate < :today order by e.reviewDate", RiskEntry.class)
                .setParameter("owner", caller.accountId())
                .setParameter("closed", EntryStatus.CLOSED)
                .setParameter("today", LocalDate.now())
                .getResultList().stream()
                .map(entry -> new AttentionItem("Review \"" + entry.getTitle() + "\"",
                        "Its review date in the risk register has passed.", "risk?id=" + entry.getId(),
                        entry.getReviewDate()))
                .toList();
    }
}
