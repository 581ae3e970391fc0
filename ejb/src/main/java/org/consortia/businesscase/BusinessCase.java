package org.consortia.businesscase;

import java.io.Serializable;
import java.util.List;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.partnership.LifecycleStage;

/**
 * A partnership's business case as the caller may see it: the questions asked first (Appendix A),
 * the case (Appendix 2a), the steps taken in its approval chain, the step it waits for (null once
 * decided) and what the caller may do now.
 *
 * @param mayEdit   whether the caller may change the answers (the drafter, while the case is with them)
 * @param mayDecide the outcomes the caller may record at the current step; empty for none
 */
public record BusinessCase(long partnershipId, String partnershipName, LifecycleStage stage, FormContents preCheck,
        FormContents businessCase, List<FormStep> steps, BusinessCaseStep currentStep, boolean mayEdit,
        List<StepOutcome> mayDecide) implements Serializable {

    public FormState state() {
        return businessCase.form().getState();
    }
}
