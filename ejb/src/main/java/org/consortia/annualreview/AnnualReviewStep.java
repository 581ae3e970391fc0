package org.consortia.annualreview;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.chain.ChainStep;
import org.consortia.forms.StepOutcome;

/** The steps of an annual review (Appendix 4), in the order they are taken: none can be skipped. */
public enum AnnualReviewStep implements ChainStep {
    WRITING("Carried out by the officer representative", Action.DRAFT_CYCLE_FORMS, List.of(StepOutcome.SUBMITTED)),
    EVALUATION("Evaluated by the accountable Head of Service (or a Director where the Head of Service is the officer"
            + " representative, or carried out the review) and reported to the Corporate Management Team",
            Action.EVALUATE_ANNUAL_REVIEW, List.of(StepOutcome.EVALUATED, StepOutcome.RETURNED)),
    CONSIDERATION("Considered by the Corporate Management Team", Action.CONSIDER_ANNUAL_REVIEW,
            List.of(StepOutcome.CONSIDERED, StepOutcome.RETURNED));

    private final Rule rule;

    AnnualReviewStep(String label, Action action, List<StepOutcome> outcomes) {
        this.rule = new Rule(label, action, outcomes);
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public boolean headOfServices() {
        return this == EVALUATION;
    }

    /**
     * The step a review stands at after the outcomes recorded so far, oldest first: with the officer
     * until it is submitted and again after a return; null once the Corporate Management Team has
     * considered it.
     */
    public static AnnualReviewStep after(List<StepOutcome> recorded) {
        AnnualReviewStep current = WRITING;
        for (StepOutcome outcome : recorded) {
            if (current == null || !current.outcomes().contains(outcome)) {
                throw new IllegalStateException(outcome + " is not done at " + current + ": " + recorded);
            }
            current = switch (outcome) {
                case SUBMITTED -> EVALUATION;
                case RETURNED -> WRITING;
                case EVALUATED -> CONSIDERATION;
                default -> null;
            };
        }
        return current;
    }
}
