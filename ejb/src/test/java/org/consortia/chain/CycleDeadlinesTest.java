package org.consortia.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.consortia.partnership.ReportingFrequency;
import org.junit.jupiter.api.Test;

class CycleDeadlinesTest {

    private static List<LocalDate> firstReports(LocalDate entered, ReportingFrequency frequency, int count) {
        return IntStream.range(0, count).mapToObj(made -> CycleDeadlines.progressReportDue(entered, frequency, made))
                .toList();
    }

    @Test
    void theFirstReportIsDueSixMonthsAfterTheCouncilEnteredAndTheRestAtTheChosenFrequency() {
        LocalDate entered = LocalDate.of(2026, 4, 15);
        assertEquals(List.of(LocalDate.of(2026, 10, 15), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 10, 15)),
                firstReports(entered, ReportingFrequency.SIX_MONTHLY, 3));
        assertEquals(List.of(LocalDate.of(2026, 10, 15), LocalDate.of(2027, 10, 15), LocalDate.of(2028, 10, 15)),
                firstReports(entered, ReportingFrequency.ANNUAL, 3));
    }

    @Test
    void aClockStartedAtAMonthsEndLandsOnTheLastDayOfShortMonthsWithoutDrifting() {
        LocalDate entered = LocalDate.of(2026, 8, 31);
        assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 8, 31), LocalDate.of(2028, 2, 29),
                        LocalDate.of(2028, 8, 31)),
                firstReports(entered, ReportingFrequency.SIX_MONTHLY, 4), "28 February, then 29 in the leap year");
        assertEquals(LocalDate.of(2027, 4, 30), CycleDeadlines.exitReportDue(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), CycleDeadlines.exitReportDue(LocalDate.of(2027, 11, 30)));
        assertEquals(LocalDate.of(2026, 2, 28), CycleDeadlines.equalityActionDue(LocalDate.of(2025, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), CycleDeadlines.businessCaseReviewDue(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2029, 2, 28), CycleDeadlines.businessCaseReviewDue(LocalDate.of(2028, 2, 29)),
                "a case made on 29 February is due again on the last day of the next February");
    }

    @Test
    void theClockRunsAcrossTheYearsEnd() {
        assertEquals(LocalDate.of(2027, 1, 1), CycleDeadlines.exitReportDue(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2027, 6, 30), CycleDeadlines.progressReportDue(LocalDate.of(2026, 12, 30),
                ReportingFrequency.ANNUAL, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CycleDeadlines.progressReportDue(LocalDate.of(2026, 1, 1), ReportingFrequency.ANNUAL, -1));
    }
}
