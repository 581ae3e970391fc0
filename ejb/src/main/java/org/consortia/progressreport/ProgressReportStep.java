package org.consortia.progressreport;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.chain.ChainStep;
import org.consortia.forms.StepOutcome;

/** The steps of a progress report (section 8), in the order they are taken: none can be skipped. */
public enum ProgressReportStep implements ChainStep {
    WRITING("Written by the officer representative", Action.DRAFT_CYCLE_FORMS, List.of(StepOutcome.SUBMITTED)),
    SUBMISSION("Submitted by the accountable Head of Service (or a Director where the Head of Service is the officer"
            + " representative, or wrote the report) to the Corporate Management Team and the Portfolio Holder",
            Action.SUBMIT_PROGRESS_REPORT, List.of(StepOutcome.REPORTED, StepOutcome.RETURNED)),
    RECEIVED("Received by the Corporate Management Team and the Portfolio Holder, who may comment on it",
            Action.COMMENT_ON_PROGRESS_REPORT, List.of(StepOutcome.COMMENTED));

    private final Rule rule;

    ProgressReportStep(String label, Action action, List<StepOutcome> outcomes) {
        this.rule = new Rule(label, action, outcomes);
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public boolean headOfServices() {
        return this == SUBMISSION;
    }

    /**
     * The step a report stands at after the outcomes recorded so far, oldest first: with its writer
     * until it is sent on and again after a return; received, and open to comments, once submitted.
     */
    public static ProgressReportStep after(List<StepOutcome> recorded) {
        ProgressReportStep current = WRITING;
        for (StepOutcome outcome : recorded) {
            if (!current.outcomes().contains(outcome)) {
                throw new IllegalStateException(outcome + " is not done at " + current + ": " + recorded);
            }
            current = switch (outcome) {
                case SUBMITTED -> SUBMISSION;
                case RETURNED -> WRITING;
                default -> RECEIVED;
            };
        }
        return current;
    }
}
