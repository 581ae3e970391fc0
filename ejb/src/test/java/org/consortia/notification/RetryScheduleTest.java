package org.consortia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FAILED = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void eachFailureWaitsLongerUpToSixHoursAndNeverGivesUp() {
        assertEquals(FAILED.plus(Duration.ofMinutes(1)), RetrySchedule.next(1, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(5)), RetrySchedule.next(2, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(15)), RetrySchedule.next(3, FAILED));
        assertEquals(FAILED.plus(Duration.ofHours(1)), RetrySchedule.next(4, FAILED));
        assertEquals(FAILED.plus(Duration.ofHours(6)), RetrySchedule.next(5, FAILED));
        assertEquals(FAILED.plus(Duration.ofHours(6)), RetrySchedule.next(500, FAILED));
    }

    @Test
    void thereIsNoRetryBeforeAFailure() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.next(0, FAILED));
    }
}
