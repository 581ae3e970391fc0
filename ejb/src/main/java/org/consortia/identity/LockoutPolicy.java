package org.consortia.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After five failed logins within fifteen minutes an address is locked for fifteen minutes from
 * the fifth failure. Failures while locked are not recorded, so the lock cannot be prolonged by an
 * attacker beyond that.
 */
public final class LockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    /** How far back failures matter: a lock that began earlier has run out. */
    public static Instant relevantSince(Instant now) {
        return now.minus(WINDOW).minus(LOCK);
    }

    /** The end of the lock in force at {@code now}, given the failures in time order. */
    public static Optional<Instant> lockedUntil(List<Instant> failuresInOrder, Instant now) {
        Instant until = null;
        for (int last = MAX_FAILURES - 1; last < failuresInOrder.size(); last++) {
            Instant first = failuresInOrder.get(last - MAX_FAILURES + 1);
            Instant fifth = failuresInOrder.get(last);
            if (!fifth.isAfter(first.plus(WINDOW))) {
                Instant end = fifth.plus(LOCK);
                if (until == null || end.isAfter(until)) {
                    until = end;
                }
            }
        }
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
