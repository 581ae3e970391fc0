package org.consortia.progressreport;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.partnership.LifecycleStage;

/**
 * A partnership's progress report as the caller may see it, with what the partnership's record says
 * of its reporting and what the caller may do now.
 *
 * @param parentName         the partnership it reports through as a sub-group; null for one that reports itself
 * @param subGroups          the names of its sub-groups, whose activities its reports cover
 * @param report             the report shown (the newest, or the one asked for); unstored before the first is started
 * @param currentStep        the step the report shown waits for; null before the first is started
 * @param made               every report of the partnership so far, the first first
 * @param next               the period of the next report, once the one in hand is received; null where none is due
 *                           (before the Council enters, for a sub-group, once the Council has left)
 * @param mayStart           whether the caller may start the next report now
 */
public record ProgressReport(long partnershipId, String partnershipName, LifecycleStage stage, String parentName,
        List<String> subGroups, boolean councilContributes, FormContents report, List<FormStep> steps,
        ProgressReportStep currentStep, boolean mayEdit, List<StepOutcome> mayDecide, List<Made> made,
        ReportingPeriod next, boolean mayStart) implements Serializable {

    /** Whether any report has been started. */
    public boolean started() {
        return report.form().getId() != null;
    }

    /** The names of its sub-groups in a line. */
    public String subGroupNames() {
        return String.join(", ", subGroups);
    }

    public int number() {
        return report.form().getSequenceNumber();
    }

    /** One progress report the partnership has made, with its period and the last thing done to it (null while written). */
    public record Made(int number, LocalDate periodStart, LocalDate periodEnd, StepOutcome lastOutcome, Instant lastDoneAt)
            implements Serializable {

        static Made of(FilledForm form, List<FormStep> steps) {
            FormStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            return new Made(form.getSequenceNumber(), form.getPeriodStart(), form.getPeriodEnd(),
                    last == null ? null : last.getOutcome(), last == null ? null : last.getDecidedAt());
        }

        /** Whether it has reached the Corporate Management Team and the Portfolio Holder. */
        public boolean received() {
            return lastOutcome == StepOutcome.REPORTED || lastOutcome == StepOutcome.COMMENTED;
        }
    }
}
