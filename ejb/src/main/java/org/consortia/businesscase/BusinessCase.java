package org.consortia.businesscase;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.consortia.forms.FilledForm;
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
 * @param review       whether the case is the yearly review of a partnership the council is in
 * @param mayEdit      whether the caller may change the answers (the drafter, while the case is with them)
 * @param mayDecide    the outcomes the caller may record at the current step; empty for none
 * @param made         every business case of the partnership so far, the first first
 * @param mayStartNext whether the caller may start the next case (the next year's review) now
 */
public record BusinessCase(long partnershipId, String partnershipName, LifecycleStage stage, FormContents preCheck,
        FormContents businessCase, List<FormStep> steps, BusinessCaseStep currentStep, boolean review, boolean mayEdit,
        List<StepOutcome> mayDecide, List<Made> made, boolean mayStartNext) implements Serializable {

    public FormState state() {
        return businessCase.form().getState();
    }

    /** The number of the case shown: 1 for the first, and one more for each review since. */
    public int number() {
        return businessCase.form().getSequenceNumber();
    }

    /**
     * One business case the partnership has made, with the last thing done to it (null while a draft
     * nobody has submitted).
     */
    public record Made(int number, FormState state, StepOutcome lastOutcome, Instant lastDoneAt) implements Serializable {

        static Made of(FilledForm form, List<FormStep> steps) {
            FormStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            return new Made(form.getSequenceNumber(), form.getState(), last == null ? null : last.getOutcome(),
                    last == null ? null : last.getDecidedAt());
        }

        /** Whether this case was a review that found the business case for continuing could not be demonstrated. */
        public boolean notDemonstrated() {
            return lastOutcome == StepOutcome.NOT_DEMONSTRATED;
        }
    }
}
