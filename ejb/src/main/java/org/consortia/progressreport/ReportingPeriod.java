package org.consortia.progressreport;

import java.io.Serializable;
import java.time.LocalDate;
import org.consortia.chain.CycleDeadlines;
import org.consortia.partnership.ReportingFrequency;

/** The period a progress report covers, from its first day to the day the report is due. */
public record ReportingPeriod(LocalDate start, LocalDate end) implements Serializable {

    /**
     * The period of the next report: the first from the day the Council entered the partnership to
     * six months on; each later one from the day after the last one ended, for the partnership's
     * frequency as it is now, coming back to the day of the month the Council entered on (or the
     * month's end, where the month is shorter).
     *
     * @param previousEnd the last day of the last report's period; null for the first
     */
    public static ReportingPeriod next(LocalDate councilEntered, ReportingFrequency frequency, LocalDate previousEnd) {
        if (previousEnd == null) {
            return new ReportingPeriod(councilEntered, CycleDeadlines.progressReportDue(councilEntered, frequency, 0));
        }
        LocalDate end = previousEnd.plusMonths(frequency.months());
        end = end.withDayOfMonth(Math.min(councilEntered.getDayOfMonth(), end.lengthOfMonth()));
        return new ReportingPeriod(previousEnd.plusDays(1), end);
    }
}
