package org.consortia.annualreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.consortia.chain.ChainPeople;
import org.consortia.chain.CycleDeadlines;
import org.consortia.forms.FormContents;
import org.consortia.identity.Account;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.MitigationAction;
import org.consortia.risk.Perspective;
import org.consortia.risk.RiskEntry;
import org.consortia.text.UkDates;

/**
 * Where a review finds the partnership has carried out no Equality Impact Assessment, starts in its
 * joint risk register the action Appendix 4a calls for: an action plan drawn up within six months,
 * owned by the officer representative. Once only while the entry is open.
 */
@ApplicationScoped
public class EqualityAction {

    static final String TITLE = "No Equality Impact Assessment of the partnership";
    private static final String CATEGORY = "Equality and diversity";

    @PersistenceContext
    EntityManager entityManager;

    /** Starts the action if the review says no assessment was carried out; in the caller's transaction. */
    void startIfMissing(ChainPeople people, FormContents review, long submitterId) {
        if (!"no".equals(review.answer(ReviewEvidence.EQUALITY_QUESTION).getValue())) {
            return;
        }
        long open = entityManager.createQuery("select count(e) from RiskEntry e where e.title = :title"
                + " and e.status <> :closed", Long.class).setParameter("title", TITLE)
                .setParameter("closed", EntryStatus.CLOSED).getSingleResult();
        if (open > 0) {
            return;
        }
        LocalDate today = LocalDate.now(UkDates.LONDON);
        LocalDate due = CycleDeadlines.equalityActionDue(today);
        Account owner = entityManager.getReference(Account.class, people.officer() != null ? people.officer() : submitterId);
        RiskEntry entry = new RiskEntry();
        entry.setTitle(TITLE);
        entry.setPerspective(Perspective.PARTNERSHIP);
        entry.setCategory(CATEGORY);
        entry.setDescription("The annual review of " + UkDates.day(today) + " found that the partnership has not carried"
                + " out an Equality Impact Assessment (EIA) on the way that it functions, on its policies and on what it"
                + " delivers. If no, an action plan needs to be drawn up to do so within the next 6 months (Appendix 4a).");
        entry.setOwner(owner);
        entry.setReviewDate(due);
        entityManager.persist(entry);
        entityManager.persist(new MitigationAction(entry, "Draw up an action plan to carry out an Equality Impact"
                + " Assessment of the partnership, due within six months of the annual review.", owner, due));
    }
}
