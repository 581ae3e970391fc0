package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks a signed-in person for their password again before an act that binds their organisation.
 * Wrong answers count towards the same lock-out as the login page, so a session left open cannot
 * be used to guess the password.
 */
@Stateless
public class PasswordConfirmation {

    /** How a confirmation went. */
    public enum Outcome {
        CONFIRMED,
        WRONG,
        LOCKED
    }

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    LoginFailures failures;

    public Outcome confirm(Account account, String password) {
        Instant now = Instant.now();
        String secret = password == null ? "" : password;
        if (failures.lockedUntil(account.getEmail(), now).isPresent()) {
            passwordHasher.verifyAgainstDecoy(secret);
            return Outcome.LOCKED;
        }
        if (secret.length() <= 1024 && passwordHasher.verify(secret, account.getPasswordHash())) {
            return Outcome.CONFIRMED;
        }
        failures.record(account.getEmail(), now);
        return failures.lockedUntil(account.getEmail(), now.plusMillis(1)).isPresent() ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** When a locked account may confirm its password again. */
    public Optional<Instant> lockedUntil(Account account) {
        return failures.lockedUntil(account.getEmail(), Instant.now());
    }
}
