package org.consortia.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a message the mail server refused is tried again: soon at first, then less and less often,
 * and from then on every six hours, for as long as it takes. A message is never given up on.
 */
public final class RetrySchedule {

    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));
    static final Duration LONGEST = Duration.ofHours(6);

    private RetrySchedule() {
    }

    /** The moment to try again after the attempt that has just failed, the {@code failedAttempts}th. */
    public static Instant next(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No attempt has failed yet");
        }
        return failedAt.plus(failedAttempts <= WAITS.size() ? WAITS.get(failedAttempts - 1) : LONGEST);
    }
}
