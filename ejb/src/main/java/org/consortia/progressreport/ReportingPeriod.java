package org.consortia.progressreport;

import java.io.Serializable;
import java.time.LocalDate;
import org.consortia.chain.CycleDeadlines;
import org.consortia.partnership.ReportingFrequency;

/** The period a progress report covers, from its first day to the day the report is due. */
public record ReportingPeriod(LocalDate start, LocalDate end) implements Serializable {

    /**
     * The period of the next report: the first from the day the Council entered the partnership,
     * each later one from the day after the last one ended, to the day it falls due. Should the
     * frequency have changed so that the due date is not after the last period's end, the period
     * runs for the new frequency from there.
     *
     * @param reportsMade  how many reports have been made already
     * @param previousEnd  the last day of the last report's period; null for the first
     */
    public static ReportingPeriod next(LocalDate councilEntered, ReportingFrequency frequency, int reportsMade,
            LocalDate previousEnd) {
        LocalDate start = previousEnd == null ? councilEntered : previousEnd.plusDays(1);
        LocalDate end = CycleDeadlines.progressReportDue(councilEntered, frequency, reportsMade);
        if (previousEnd != null && !end.isAfter(previousEnd)) {
            end = previousEnd.plusMonths(frequency.months());
        }
        return new ReportingPeriod(start, end);
    }
}
