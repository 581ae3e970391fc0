package org.consortia.chain;

import java.time.LocalDate;
import org.consortia.partnership.ReportingFrequency;

/**
 * When the framework's documents fall due. Each date is counted from the event that starts its
 * clock, never from the date before it, so that a clock started on the 31st comes back to the 31st
 * after a short month (31 August, 28 February, 31 August) instead of drifting to the 28th; a date
 * that does not exist in the month it lands in becomes that month's last day.
 */
public final class CycleDeadlines {

    /** Section 8: the first report on a new partnership's activities is due within six months of the Council entering it. */
    private static final int FIRST_REPORT_MONTHS = 6;
    /** Appendix 5: the exit report is due within three months of the decision to leave. */
    private static final int EXIT_REPORT_MONTHS = 3;
    /** An action started by a missing equality impact assessment is due in six months. */
    private static final int EQUALITY_ACTION_MONTHS = 6;

    private CycleDeadlines() {
    }

    /**
     * The due date of a progress report: the first six months after the Council entered the
     * partnership, each later one {@code frequency} after the one before.
     *
     * @param reportsMade how many reports have been made already (0 for the first)
     */
    public static LocalDate progressReportDue(LocalDate councilEntered, ReportingFrequency frequency, int reportsMade) {
        if (reportsMade < 0) {
            throw new IllegalArgumentException("No partnership has made " + reportsMade + " reports");
        }
        return councilEntered.plusMonths(FIRST_REPORT_MONTHS + (long) reportsMade * frequency.months());
    }

    /** Section 9: the business case is demonstrated again a year after it was last made. */
    public static LocalDate businessCaseReviewDue(LocalDate lastMade) {
        return lastMade.plusYears(1);
    }

    public static LocalDate exitReportDue(LocalDate exitDecided) {
        return exitDecided.plusMonths(EXIT_REPORT_MONTHS);
    }

    public static LocalDate equalityActionDue(LocalDate assessmentFoundMissing) {
        return assessmentFoundMissing.plusMonths(EQUALITY_ACTION_MONTHS);
    }
}
