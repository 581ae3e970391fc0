package org.consortia.identity;

import java.time.Instant;

/**
 * How a guarded password check went.
 *
 * @param outcome signed in, wrong, locked or too busy
 * @param accountId the account whose password was right, or null
 * @param lockedUntil when a locked address may try again, or null
 */
public record PasswordCheck(LoginOutcome outcome, Long accountId, Instant lockedUntil) {

    static PasswordCheck refused(LoginOutcome outcome, Instant lockedUntil) {
        return new PasswordCheck(outcome, null, lockedUntil);
    }

    public boolean passed() {
        return outcome == LoginOutcome.SIGNED_IN;
    }
}
