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

/** Mitigation actions past their deadline and not done ask for the attention of the person responsible. */
@ApplicationScoped
public class OverdueActionAttention implements AttentionSource {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        return entityManager.createQuery("select a from MitigationAction a join fetch a.entry"
                        + " where a.responsible.id = :responsible and a.doneOn is null and a.deadline < :today"
                        + " order by a.deadline", MitigationAction.class)
                .setParameter("responsible", caller.accountId())
                .setParameter("today", LocalDate.now())
                .getResultList().stream()
                .map(action -> new AttentionItem("Finish \"" + action.getDescription() + "\"",
                        "This action on \"" + action.getEntry().getTitle() + "\" is past its deadline.",
                        "risk?id=" + action.getEntry().getId(), action.getDeadline()))
                .toList();
    }
}
