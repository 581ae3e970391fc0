package org.consortia.progressreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.chain.StepRows;
import org.consortia.forms.FormPdf;
import org.consortia.text.UkDates;

/** A progress report as the framework lays out Appendix 3, with its period, and its submission and comments. */
final class ProgressReportPdf {

    private ProgressReportPdf() {
    }

    static byte[] write(ProgressReport report) {
        List<String> details = new ArrayList<>();
        if (report.report().form().getPeriodStart() != null) {
            details.add("Period reported on: " + UkDates.day(report.report().form().getPeriodStart()) + " to "
                    + UkDates.day(report.report().form().getPeriodEnd()));
        }
        if (!report.subGroups().isEmpty()) {
            details.add("Sub-groups reporting through it: " + String.join(", ", report.subGroups()));
        }
        details.add("Progress report " + report.number() + ": " + report.report().form().getState().label());
        return FormPdf.write(report.partnershipName(), report.report(), details, "Submission and comments",
                StepRows.of(report.steps(), ProgressReportStep::valueOf), null, Map.of());
    }
}
