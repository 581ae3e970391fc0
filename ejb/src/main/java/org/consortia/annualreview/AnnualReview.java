package org.consortia.annualreview;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormEvidence;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.partnership.LifecycleStage;

/**
 * A partnership's annual review as the caller may see it, with the evidence the portal read for it
 * and what the caller may do now.
 *
 * @param review           the review shown (the newest, or the one asked for); unstored before the first is started
 * @param evidence         what the portal read for the review's questions when it was started
 * @param currentStep      the step the review shown waits for; null once considered, or before the first
 * @param made             every review of the partnership so far, the first first
 * @param startRefusedBecause why no review may start now, in the framework's terms; null when one may
 * @param notDemonstratedCase the number of the business case found not demonstrated this year, whose report
 *                         to the Executive replaces the review; null otherwise
 * @param mayStart         whether the caller may start this year's review now
 */
public record AnnualReview(long partnershipId, String partnershipName, LifecycleStage stage, FormContents review,
        List<FormEvidence> evidence, List<FormStep> steps, AnnualReviewStep currentStep, boolean mayEdit,
        List<StepOutcome> mayDecide, List<Made> made, String startRefusedBecause, Integer notDemonstratedCase,
        boolean mayStart) implements Serializable {

    public boolean started() {
        return review.form().getId() != null;
    }

    public int number() {
        return review.form().getSequenceNumber();
    }

    /** A question of the review in the template's words. */
    public String questionText(String question) {
        return review.template().question(question).map(TemplateQuestion::text).orElse(question);
    }

    /** The finding the portal read for a question, or null. */
    public FormEvidence evidenceFor(String question) {
        return evidence.stream().filter(finding -> finding.getQuestion().equals(question)).findFirst().orElse(null);
    }

    /** One review the partnership has made: the year it follows the business case from, and the last thing done to it. */
    public record Made(int number, LocalDate periodStart, FormState state, StepOutcome lastOutcome, Instant lastDoneAt)
            implements Serializable {

        static Made of(FilledForm form, List<FormStep> steps) {
            FormStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            return new Made(form.getSequenceNumber(), form.getPeriodStart(), form.getState(),
                    last == null ? null : last.getOutcome(), last == null ? null : last.getDecidedAt());
        }
    }
}
