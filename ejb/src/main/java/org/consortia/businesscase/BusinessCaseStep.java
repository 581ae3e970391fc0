package org.consortia.businesscase;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.forms.StepOutcome;

/**
 * The steps of a business case's approval chain (section 7 and Appendix 2), in the order they are
 * taken: none can be skipped.
 */
public enum BusinessCaseStep {
    DRAFTING("Drafted by the officer", Action.DRAFT_BUSINESS_CASE, List.of(StepOutcome.SUBMITTED)),
    SERVICE_AUTHORISATION("Authorised by the accountable Head of Service (or a Director where the Head of Service"
            + " is the officer representative, or cannot authorise it)", Action.AUTHORISE_BUSINESS_CASE,
            List.of(StepOutcome.AUTHORISED, StepOutcome.RETURNED)),
    FINANCIAL_ADVICE("Advice of the Head of Financial, Revenues and Benefits Services on the financial consequences",
            Action.ADVISE_ON_FINANCE, List.of(StepOutcome.ADVISED, StepOutcome.RETURNED)),
    LEGAL_ADVICE("Advice of the Head of Legal, Democratic and Property Services on the legal consequences",
            Action.ADVISE_ON_LAW, List.of(StepOutcome.ADVISED, StepOutcome.RETURNED)),
    EXECUTIVE_DECISION("Approved or rejected by the Executive (or full Council where the Constitution requires)",
            Action.DECIDE_BUSINESS_CASE, List.of(StepOutcome.APPROVED, StepOutcome.REJECTED, StepOutcome.RETURNED));

    private final String label;
    private final Action action;
    private final List<StepOutcome> outcomes;

    BusinessCaseStep(String label, Action action, List<StepOutcome> outcomes) {
        this.label = label;
        this.action = action;
        this.outcomes = outcomes;
    }

    public String label() {
        return label;
    }

    /** The council-wide right this step asks of whoever takes it. */
    public Action action() {
        return action;
    }

    /** What may be done at this step. */
    public List<StepOutcome> outcomes() {
        return outcomes;
    }

    /** Whether doing this needs comments: advice, a return and a rejection are nothing without their reasons. */
    public static boolean needsComments(StepOutcome outcome) {
        return outcome == StepOutcome.ADVISED || outcome == StepOutcome.RETURNED || outcome == StepOutcome.REJECTED;
    }

    /**
     * The step a case stands at after the outcomes recorded so far, oldest first: drafting until it
     * is submitted and again after a return; null once the Executive has decided.
     */
    public static BusinessCaseStep after(List<StepOutcome> recorded) {
        BusinessCaseStep current = DRAFTING;
        for (StepOutcome outcome : recorded) {
            if (current == null) {
                throw new IllegalStateException("Nothing is recorded after a decision: " + recorded);
            }
            current = switch (outcome) {
                case RETURNED -> DRAFTING;
                case APPROVED, REJECTED -> null;
                default -> values()[current.ordinal() + 1];
            };
        }
        return current;
    }
}
