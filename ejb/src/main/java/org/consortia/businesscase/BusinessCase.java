package org.consortia.businesscase;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consortia.forms.ChoiceOption;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormDocument;
import org.consortia.forms.FormDocuments;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.partnership.LifecycleStage;
import org.consortia.text.UkDates;

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
 * @param documents    the documents attached to any of the partnership's business cases, the first first
 */
public record BusinessCase(long partnershipId, String partnershipName, LifecycleStage stage, FormContents preCheck,
        FormContents businessCase, List<FormStep> steps, BusinessCaseStep currentStep, boolean review, boolean mayEdit,
        List<StepOutcome> mayDecide, List<Made> made, boolean mayStartNext, List<FormDocument> documents)
        implements Serializable {

    /** The records the case's link questions may point to: its partnership's register and the documents attached. */
    public Map<String, List<ChoiceOption>> linkTargets() {
        return Map.of("risk-register", List.of(new ChoiceOption("risk-register:" + partnershipId,
                        "The joint risk register of " + partnershipName)),
                FormDocuments.LINK_KIND, documents.stream().map(document -> new ChoiceOption(
                        FormDocuments.LINK_KIND + ":" + document.getId(), document.getFileName() + ", added on "
                        + UkDates.day(document.getAddedAt()) + " by " + document.getAddedBy().getName())).toList());
    }

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
