package org.consortia.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private static Instant minutes(double minutes) {
        return T0.plusSeconds((long) (minutes * 60));
    }

    @Test
    void fourFailuresDoNotLock() {
        List<Instant> failures = List.of(minutes(0), minutes(1), minutes(2), minutes(3));
        assertTrue(LockoutPolicy.ACCOUNT.lockedUntil(failures, minutes(3.1)).isEmpty());
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutesFromIt() {
        List<Instant> failures = List.of(minutes(0), minutes(1), minutes(2), minutes(3), minutes(14));
        assertEquals(Optional.of(minutes(29)), LockoutPolicy.ACCOUNT.lockedUntil(failures, minutes(14)));
        assertEquals(Optional.of(minutes(29)), LockoutPolicy.ACCOUNT.lockedUntil(failures, minutes(28.9)));
        assertTrue(LockoutPolicy.ACCOUNT.lockedUntil(failures, minutes(29)).isEmpty());
    }

    @Test
    void fiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        List<Instant> failures = List.of(minutes(0), minutes(4), minutes(8), minutes(12), minutes(16));
        assertTrue(LockoutPolicy.ACCOUNT.lockedUntil(failures, minutes(16)).isEmpty());
    }

    @Test
    void failuresOlderThanTheWindowAndLockAreIrrelevant() {
        assertEquals(minutes(-30), LockoutPolicy.ACCOUNT.relevantSince(T0));
    }

    @Test
    void aClientAddressToleratesTwentyFailuresAcrossAddresses() {
        List<Instant> nineteen = IntStream.range(0, 19).mapToObj(i -> minutes(i * 0.5)).toList();
        assertTrue(LockoutPolicy.CLIENT.lockedUntil(nineteen, minutes(10)).isEmpty());
        List<Instant> twenty = Stream.concat(nineteen.stream(), Stream.of(minutes(10)))
                .toList();
        assertEquals(Optional.of(minutes(25)), LockoutPolicy.CLIENT.lockedUntil(twenty, minutes(10)));
    }
}
