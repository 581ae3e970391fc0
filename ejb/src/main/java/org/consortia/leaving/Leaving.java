package org.consortia.leaving;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.LifecycleStage;

/**
 * A partnership's leaving as the caller may see it: the decision (null before it is taken), the exit
 * report and its steps, and what the caller may do now.
 *
 * @param exitReportDue   the day the exit report is due, three months after the decision; null before it
 * @param report          the exit report; unstored before it is started
 * @param currentStep     the step the report waits for; null before it is started
 * @param mayRecordFor  the bodies whose decision the caller may record now; empty where they may record none
 */
public record Leaving(long partnershipId, String partnershipName, LifecycleStage stage, ExitDecision decision,
        LocalDate exitReportDue, FormContents report, List<FormStep> steps, ExitReportStep currentStep,
        List<DecidingBody> mayRecordFor, boolean mayStart, boolean mayEdit, List<StepOutcome> mayDecide)
        implements Serializable {

    public boolean mayRecordDecision() {
        return !mayRecordFor.isEmpty();
    }

    public boolean started() {
        return report.form().getId() != null;
    }
}
