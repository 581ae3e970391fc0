package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Terms of office that end within the next two months: the representative sees their own, and those
 * who manage membership see everyone's, so that reappointments are made in time.
 */
@ApplicationScoped
public class TermsOfOfficeEnding implements AttentionSource {

    static final int NOTICE_DAYS = 60;

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        LocalDate today = LocalDate.now();
        boolean manages = workspace.may(Action.MANAGE_MEMBERSHIP);
        TypedQuery<Representative> query = entityManager.createQuery("select r from Representative r"
                        + " join fetch r.account join fetch r.membership m join fetch m.organisation"
                        + " where m.leftOn is null and r.endedAt is null and r.termEnd between :today and :horizon"
                        + (manages ? "" : " and r.account.id = :accountId")
                        + " order by r.termEnd", Representative.class)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(NOTICE_DAYS));
        if (!manages) {
            query.setParameter("accountId", caller.accountId());
        }
        List<Representative> ending = query.getResultList();
        List<AttentionItem> items = new ArrayList<>();
        for (Representative representative : ending) {
            boolean own = representative.getAccount().getId() == caller.accountId();
            String title = own ? "Your term of office ends on " + UkDates.DAY.format(representative.getTermEnd())
                    : representative.getAccount().getName() + "'s term of office ends on "
                    + UkDates.DAY.format(representative.getTermEnd());
            items.add(new AttentionItem(title, representative.getRole().label() + " for "
                    + representative.getMembership().getOrganisation().getName()
                    + (manages ? ". Reappoint them or appoint a successor." : "."), "members",
                    representative.getTermEnd()));
        }
        return items;
    }
}
