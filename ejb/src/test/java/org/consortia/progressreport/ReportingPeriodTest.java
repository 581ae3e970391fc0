package org.consortia.progressreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.consortia.partnership.ReportingFrequency;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final LocalDate ENTERED = LocalDate.of(2026, 8, 31);

    @Test
    void theFirstPeriodRunsSixMonthsFromTheDayTheCouncilEntered() {
        assertEquals(new ReportingPeriod(ENTERED, LocalDate.of(2027, 2, 28)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.ANNUAL, null));
    }

    @Test
    void eachLaterPeriodStartsTheDayAfterTheLastEndedAndComesBackToTheMonthsEnd() {
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.SIX_MONTHLY, LocalDate.of(2027, 2, 28)));
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.ANNUAL, LocalDate.of(2027, 2, 28)), "a leap year");
        assertEquals(new ReportingPeriod(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 8, 31)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.SIX_MONTHLY, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void theDayOfTheMonthTheCouncilEnteredOnIsKept() {
        LocalDate entered = LocalDate.of(2027, 1, 15);
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 7, 16), LocalDate.of(2028, 1, 15)),
                ReportingPeriod.next(entered, ReportingFrequency.SIX_MONTHLY, LocalDate.of(2027, 7, 15)));
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertEquals(new ReportingPeriod(LocalDate.of(2028, 8, 30), LocalDate.of(2029, 8, 29)),
                ReportingPeriod.next(leapDay, ReportingFrequency.ANNUAL, LocalDate.of(2028, 8, 29)));
        assertEquals(new ReportingPeriod(LocalDate.of(2029, 8, 30), LocalDate.of(2030, 2, 28)),
                ReportingPeriod.next(leapDay, ReportingFrequency.SIX_MONTHLY, LocalDate.of(2029, 8, 29)));
    }

    @Test
    void aShorterFrequencyRunsFromTheLastPeriodsEnd() {
        // Two annual periods ended on 31 August 2028; six-monthly from then.
        assertEquals(new ReportingPeriod(LocalDate.of(2028, 9, 1), LocalDate.of(2029, 2, 28)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.SIX_MONTHLY, LocalDate.of(2028, 8, 31)));
    }

    @Test
    void aLongerFrequencyRunsOneYearFromTheLastPeriodsEndAndSkipsNone() {
        // Two six-monthly periods ended on 31 August 2027; annual from then, not from the first report's date.
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.ANNUAL, LocalDate.of(2027, 8, 31)));
    }
}
