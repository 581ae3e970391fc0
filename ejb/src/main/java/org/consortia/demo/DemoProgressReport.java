package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Account;
import org.consortia.progressreport.ProgressReportStep;

/**
 * The Community Safety Partnership's progress reports: the first, for the six months after the
 * Council entered it, received by the Corporate Management Team with their comments; the second,
 * due on 12 November 2026, still being written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoProgressReport {

    private static final String REPORT = "progress-report";

    @Inject
    DemoForms forms;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        Account officer = forms.account("officer@consortia.test");
        FilledForm first = forms.answer(REPORT, 1, FormState.RECEIVED, Map.of(
                "name", "Redditch Community Safety Partnership",
                "officer", officer.getName(),
                "achievements", "Anti-social behaviour reports down 12% on the same months last year; a joint"
                        + " patrol plan for the town centre agreed with West Mercia Police.",
                "council-role", "The Council's community safety manager chaired the tasking group and ran the"
                        + " residents' survey.",
                "contributions", "£12,500, half of the year's £25,000, and the community safety manager's time.",
                "work-plan", "Night-time economy plan for the town centre; a youth diversion scheme in Winyates.",
                "finances", "[{\"item\":\"Community Safety Fund\",\"budget\":\"40000.00\",\"spent\":\"18250.00\","
                        + "\"council\":\"12500.00\",\"comments\":\"On budget\"}]"));
        first.reportsOn(LocalDate.of(2025, 11, 12), LocalDate.of(2026, 5, 12));
        forms.step(first, ProgressReportStep.WRITING, StepOutcome.SUBMITTED, officer, "2026-05-05T10:00:00Z", null);
        forms.step(first, ProgressReportStep.SUBMISSION, StepOutcome.REPORTED,
                forms.account("head.of.service@consortia.test"), "2026-05-08T15:30:00Z", "For CMT on 19 May.");
        forms.step(first, ProgressReportStep.RECEIVED, StepOutcome.COMMENTED, forms.account("cmt@consortia.test"),
                "2026-05-19T12:00:00Z", "Good progress. Next time, show the survey's results beside the targets.");

        FilledForm second = forms.answer(REPORT, 2, FormState.DRAFT, Map.of(
                "name", "Redditch Community Safety Partnership",
                "officer", officer.getName(),
                "work-plan", "Night-time economy plan for the town centre; a youth diversion scheme in Winyates."));
        second.reportsOn(LocalDate.of(2026, 5, 13), LocalDate.of(2026, 11, 12));
    }
}
