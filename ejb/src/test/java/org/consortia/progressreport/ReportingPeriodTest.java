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
                ReportingPeriod.next(ENTERED, ReportingFrequency.ANNUAL, 0, null));
    }

    @Test
    void eachLaterPeriodStartsTheDayAfterTheLastEndedAndComesBackToTheMonthsEnd() {
        ReportingPeriod second = ReportingPeriod.next(ENTERED, ReportingFrequency.SIX_MONTHLY, 1, LocalDate.of(2027, 2, 28));
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31)), second);
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.ANNUAL, 1, LocalDate.of(2027, 2, 28)));
    }

    @Test
    void aChangeOfFrequencyNeverMakesAPeriodEndBeforeItStarts() {
        // Two annual periods ended on 31 August 2028; six-monthly from then, the formula's date has passed.
        assertEquals(new ReportingPeriod(LocalDate.of(2028, 9, 1), LocalDate.of(2029, 2, 28)),
                ReportingPeriod.next(ENTERED, ReportingFrequency.SIX_MONTHLY, 2, LocalDate.of(2028, 8, 31)));
    }
}
