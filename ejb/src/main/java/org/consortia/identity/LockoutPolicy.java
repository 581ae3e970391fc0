package org.consortia.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed sign-ins a guard tolerates: after {@code maxFailures} within {@code window} it is
 * locked for {@code lock} from the last of them. Attempts while locked are refused before they are
 * counted, so an attacker cannot prolong a lock beyond that.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lock) {

    /** An e-mail address, or a browser that signed in to it before: five in fifteen minutes. */
    public static final LockoutPolicy ACCOUNT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * One client address, whatever e-mail addresses it tries: enough for an office behind one
     * address, too few to lock out more than a handful of people.
     */
    public static final LockoutPolicy CLIENT = new LockoutPolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Links to reset the password of one e-mail address, whether or not an account has it. */
    public static final LockoutPolicy RESET_ADDRESS = new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Links to reset passwords asked for from one client address, whatever e-mail addresses it names. */
    public static final LockoutPolicy RESET_CLIENT = new LockoutPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** How far back failures matter: a lock that began earlier has run out. */
    public Instant relevantSince(Instant now) {
        return now.minus(window).minus(lock);
    }

    /** The end of the lock in force at {@code now}, given the failures in time order. */
    public Optional<Instant> lockedUntil(List<Instant> failuresInOrder, Instant now) {
        Instant until = null;
        for (int last = maxFailures - 1; last < failuresInOrder.size(); last++) {
            Instant first = failuresInOrder.get(last - maxFailures + 1);
            Instant latest = failuresInOrder.get(last);
            if (!latest.isAfter(first.plus(window))) {
                Instant end = latest.plus(lock);
                if (until == null || end.isAfter(until)) {
                    until = end;
                }
            }
        }
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
