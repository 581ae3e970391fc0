package org.consortia.leaving;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.chain.ChainStep;
import org.consortia.forms.StepOutcome;

/** The steps of an exit report (section 11): completed by the officer representative, then received by the Corporate Management Team. */
public enum ExitReportStep implements ChainStep {
    WRITING("Completed by the officer representative and submitted to the Corporate Management Team",
            Action.DRAFT_CYCLE_FORMS, List.of(StepOutcome.SUBMITTED)),
    RECEIVED("Received by the Corporate Management Team, who may comment on it", Action.COMMENT_ON_EXIT_REPORT,
            List.of(StepOutcome.COMMENTED));

    private final Rule rule;

    ExitReportStep(String label, Action action, List<StepOutcome> outcomes) {
        this.rule = new Rule(label, action, outcomes);
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public boolean headOfServices() {
        return false;
    }

    /** The step a report stands at after the outcomes recorded so far: with the officer until submitted, then received. */
    public static ExitReportStep after(List<StepOutcome> recorded) {
        ExitReportStep current = WRITING;
        for (StepOutcome outcome : recorded) {
            if (!current.outcomes().contains(outcome)) {
                throw new IllegalStateException(outcome + " is not done at " + current + ": " + recorded);
            }
            current = RECEIVED;
        }
        return current;
    }
}
