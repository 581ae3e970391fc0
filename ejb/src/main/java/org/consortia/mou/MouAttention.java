package org.consortia.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/**
 * The Memorandum asks for attention when it is out for agreement and the member representative's
 * organisation has not signed the current version, and when its review date is near.
 */
@ApplicationScoped
public class MouAttention implements AttentionSource {

    static final int REVIEW_NOTICE_DAYS = 60;

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        List<AttentionItem> items = new ArrayList<>();
        Mou mou = entityManager.createQuery("select m from Mou m", Mou.class).getResultStream().findFirst().orElse(null);
        if (mou == null) {
            return items;
        }
        if (mou.getState() == MouState.FOR_AGREEMENT && workspace.may(Action.SIGN_FOR_ORGANISATION)) {
            long signedByMyOrganisation = entityManager.createQuery("select count(s) from MouSignature s"
                            + " where s.mou = :mou and s.voidedAt is null and s.contentVersion = :version"
                            + " and s.organisation.id = :organisation", Long.class)
                    .setParameter("mou", mou)
                    .setParameter("version", mou.getContentVersion())
                    .setParameter("organisation", caller.organisationId())
                    .getSingleResult();
            if (signedByMyOrganisation == 0) {
                items.add(new AttentionItem("Sign the Memorandum of Understanding",
                        "Version " + mou.getContentVersion() + " is out for agreement and " + caller.organisationName()
                                + " has not signed it yet.", "mou", null));
            }
        }
        LocalDate today = LocalDate.now();
        if (mou.getReviewDate() != null && !mou.getReviewDate().isAfter(today.plusDays(REVIEW_NOTICE_DAYS))
                && workspace.may(Action.CHANGE_DOCUMENT_STATE)) {
            items.add(new AttentionItem("Review the Memorandum of Understanding",
                    mou.getReviewDate().isBefore(today) ? "Its review date has passed." : "Its review date is near.",
                    "mou", mou.getReviewDate()));
        }
        return items;
    }
}
