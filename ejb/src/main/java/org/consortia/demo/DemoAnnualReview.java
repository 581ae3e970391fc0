package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormEvidence;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Account;

/**
 * The Community Safety Partnership's first annual review, following the business case approved in
 * November 2025: carried out in March 2026 with the evidence the portal read then, evaluated by the
 * Head of Service and considered by the Corporate Management Team.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoAnnualReview {

    private static final String READ_AT = "2026-03-02T09:00:00Z";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DemoForms forms;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        Map<String, String> answers = new HashMap<>(Map.of(
                "formal-status-1", "A statutory partnership with no separate legal identity, under the Crime and Disorder"
                        + " Act 1998.",
                "risk-1", "The joint risk register has 3 open entries, 1 above the partnership's tolerance (12), 0 past"
                        + " their review date and 0 overdue mitigation actions.",
                "risk-2", "No business continuity plan yet: the police and the council hold their own.",
                "equality-1", "no"));
        for (String section : new String[] {"formal-status", "composition", "auditing", "finances", "risk", "conduct",
                "staffing", "equality", "communication", "accountability", "outcomes"}) {
            answers.put(section + "-assessment", section.equals("risk") || section.equals("equality") ? "1" : "2");
        }
        FilledForm review = forms.answer(AnnualReviewService.REVIEW, 1, FormState.CONSIDERED, answers);
        review.reportsOn(LocalDate.of(2025, 11, 12), LocalDate.of(2026, 11, 11));
        Instant readAt = Instant.parse(READ_AT);
        long partnershipId = review.getPartnershipId();
        entityManager.persist(new FormEvidence(review, "formal-status-1", "The partnership's record gives its legal"
                + " status as No separate legal identity; it is a statutory partnership.",
                "/partnerships/view?id=" + partnershipId, readAt));
        entityManager.persist(new FormEvidence(review, "risk-1", answers.get("risk-1"), "/w/community-safety/risks",
                readAt));
        entityManager.persist(new FormEvidence(review, "equality-1", "No equality impact assessment is attached to the"
                + " partnership's business case.", "/partnerships/business-case?id=" + partnershipId, readAt));
        Account officer = forms.account("officer@consortia.test");
        forms.step(review, AnnualReviewStep.WRITING, StepOutcome.SUBMITTED, officer, "2026-03-09T10:00:00Z", null);
        forms.step(review, AnnualReviewStep.EVALUATION, StepOutcome.EVALUATED, forms.account("head.of.service@consortia.test"),
                "2026-03-16T14:00:00Z", "Effective overall. Business continuity and the equality impact assessment need"
                        + " action this year.");
        forms.step(review, AnnualReviewStep.CONSIDERATION, StepOutcome.CONSIDERED, forms.account("cmt@consortia.test"),
                "2026-03-24T12:00:00Z", "Considered. Report progress on both actions at the next review.");
    }
}
