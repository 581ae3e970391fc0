package org.consortia.chain;

import java.util.List;
import java.util.function.Function;
import org.consortia.forms.FormStep;
import org.consortia.text.UkDates;

/** The steps taken on a council form as its PDF lists them: the step, what was done, by whom, when and why. */
public final class StepRows {

    private StepRows() {
    }

    /** @param stepNamed the chain's step stored under a name, as its enum's {@code valueOf} finds it */
    public static List<List<String>> of(List<FormStep> steps, Function<String, ? extends ChainStep> stepNamed) {
        return steps.stream().map(step -> List.of(stepNamed.apply(step.getStep()).label(), step.getOutcome().label(),
                step.getDecidedBy().getName(), UkDates.DAY_AND_TIME.format(step.getDecidedAt()),
                step.getComments() == null ? "" : step.getComments())).toList();
    }
}
