package org.consortia.identity;

import java.time.Instant;
import java.util.List;

/**
 * The throttle's answer to a sign-in attempt: refused (and until when), or admitted with the
 * attempt already counted against its guards.
 *
 * @param refusal the outcome when refused, or null when admitted
 * @param lockedUntil when a refused attempt may be made again
 * @param countedAttempts the rows counting this attempt, removed if the password proves right
 * @param clearedOnSuccess the guards whose count a right password resets
 * @param credentials the account of the address, or null when none has it
 * @param lastChance whether a wrong password now locks the address (or the known device)
 * @param unknownDevice the token hash of a browser that has not signed in to this address before, or null
 */
public record Admission(LoginOutcome refusal, Instant lockedUntil, List<Long> countedAttempts,
        List<String> clearedOnSuccess, StoredCredentials credentials, boolean lastChance, String unknownDevice) {

    static Admission refused(LoginOutcome outcome, Instant until) {
        return new Admission(outcome, until, List.of(), List.of(), null, false, null);
    }

    public boolean admitted() {
        return refusal == null;
    }
}
