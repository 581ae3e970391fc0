package org.consortia.businesscase;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.chain.ChainStep;
import org.consortia.forms.StepOutcome;

/**
 * The steps of a business case's approval chain (section 7 and Appendix 2), in the order they are
 * taken: none can be skipped.
 */
public enum BusinessCaseStep implements ChainStep {
    DRAFTING("Drafted by the officer", Action.DRAFT_CYCLE_FORMS, List.of(StepOutcome.SUBMITTED)),
    SERVICE_AUTHORISATION("Authorised by the accountable Head of Service (or a Director where the Head of Service"
            + " is the officer representative, or cannot authorise it)", Action.AUTHORISE_BUSINESS_CASE,
            List.of(StepOutcome.AUTHORISED, StepOutcome.RETURNED)),
    FINANCIAL_ADVICE("Advice of the Head of Financial, Revenues and Benefits Services on the financial consequences",
            Action.ADVISE_ON_FINANCE, List.of(StepOutcome.ADVISED, StepOutcome.RETURNED)),
    LEGAL_ADVICE("Advice of the Head of Legal, Democratic and Property Services on the legal consequences",
            Action.ADVISE_ON_LAW, List.of(StepOutcome.ADVISED, StepOutcome.RETURNED)),
    EXECUTIVE_DECISION("Approved or rejected by the Executive (or full Council where the Constitution requires)",
            Action.DECIDE_BUSINESS_CASE, List.of(StepOutcome.APPROVED, StepOutcome.REJECTED, StepOutcome.RETURNED)),
    REVIEW_DECISION("Judged by the accountable Head of Service (or a Director where the Head of Service is the officer"
            + " representative, or cannot judge it): is the business case for continuing demonstrated?",
            Action.AUTHORISE_BUSINESS_CASE,
            List.of(StepOutcome.DEMONSTRATED, StepOutcome.NOT_DEMONSTRATED, StepOutcome.RETURNED));

    /** The chain of a case for setting up or joining a partnership. */
    private static final List<BusinessCaseStep> APPROVAL = List.of(DRAFTING, SERVICE_AUTHORISATION, FINANCIAL_ADVICE,
            LEGAL_ADVICE, EXECUTIVE_DECISION);
    /** The chain of the yearly review of an existing partnership's case (section 9). */
    private static final List<BusinessCaseStep> REVIEW = List.of(DRAFTING, REVIEW_DECISION);

    private final Rule rule;

    BusinessCaseStep(String label, Action action, List<StepOutcome> outcomes) {
        this.rule = new Rule(label, action, outcomes);
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public boolean headOfServices() {
        return this == SERVICE_AUTHORISATION || this == REVIEW_DECISION;
    }

    /**
     * The step a case stands at after the outcomes recorded so far, oldest first: drafting until it
     * is submitted and again after a return; null once it has been decided. A review goes from its
     * drafter straight to the Head of Service's judgement.
     */
    public static BusinessCaseStep after(List<StepOutcome> recorded, boolean review) {
        List<BusinessCaseStep> chain = review ? REVIEW : APPROVAL;
        BusinessCaseStep current = DRAFTING;
        for (StepOutcome outcome : recorded) {
            if (current == null) {
                throw new IllegalStateException("Nothing is recorded after a decision: " + recorded);
            }
            current = switch (outcome) {
                case RETURNED -> DRAFTING;
                case APPROVED, REJECTED, DEMONSTRATED, NOT_DEMONSTRATED -> null;
                default -> chain.get(chain.indexOf(current) + 1);
            };
        }
        return current;
    }
}
