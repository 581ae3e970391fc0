package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one way a typed password is checked, at the login page and wherever a signed-in person
 * confirms theirs. Cheap refusals come first: no free slot, then a locked guard. The attempt is
 * counted before the slow hash and forgiven only when the password proves right. No transaction
 * (and so no pooled connection) is held while the hash runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordGate {

    private static final int LONGEST_ADDRESS = 254;
    private static final int LONGEST_SECRET = 1024;

    @Inject
    PasswordCheckSlots slots;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    SecondFactorCheck secondFactor;

    /**
     * Checks a code from the authenticator app of the account with the address (or one of its
     * recovery codes), given after its password: counted towards the same lock-out as passwords
     * before it is checked, and forgiven, with the password before it, only when it is right.
     */
    public PasswordCheck checkCode(String email, long accountId, String code, boolean rememberDevice) {
        String address = Account.normaliseEmail(email);
        Instant now = Instant.now();
        Admission admission = throttle.admit(address, SignInOrigin.current(), now);
        if (!admission.admitted()) {
            return PasswordCheck.refused(admission.refusal(), admission.lockedUntil());
        }
        StoredCredentials stored = admission.credentials();
        if (stored != null && stored.accountId() == accountId && stored.active()
                && secondFactor.useCode(accountId, code, now)) {
            throttle.forgive(admission, accountId, rememberDevice, now);
            return new PasswordCheck(LoginOutcome.SIGNED_IN, accountId, null);
        }
        return admission.lastChance()
                ? PasswordCheck.refused(LoginOutcome.LOCKED, now.plus(LockoutPolicy.ACCOUNT.lock()))
                : PasswordCheck.refused(LoginOutcome.INVALID_CREDENTIALS, null);
    }

    /**
     * Checks the password typed for an e-mail address from the current request's origin. When
     * {@code rememberDevice} is set and the password is right, the browser's token makes it a known
     * device of the account.
     */
    public PasswordCheck check(String email, String password, boolean rememberDevice) {
        String address = Account.normaliseEmail(email);
        String secret = password == null ? "" : password;
        if (address == null || address.isEmpty() || address.length() > LONGEST_ADDRESS || secret.length() > LONGEST_SECRET) {
            return PasswordCheck.refused(LoginOutcome.INVALID_CREDENTIALS, null);
        }
        if (!slots.tryAcquire()) {
            return PasswordCheck.refused(LoginOutcome.BUSY, null);
        }
        try {
            Instant now = Instant.now();
            Admission admission = throttle.admit(address, SignInOrigin.current(), now);
            if (!admission.admitted()) {
                return PasswordCheck.refused(admission.refusal(), admission.lockedUntil());
            }
            StoredCredentials stored = admission.credentials();
            boolean right = stored != null
                    ? passwordHasher.verify(secret, stored.passwordHash())
                    : passwordHasher.verifyAgainstDecoy(secret);
            if (right && stored.active() && stored.secondFactor()) {
                // Still counted against the address: only the code that follows forgives that, so that
                // a known password cannot buy endless guesses at codes. Not against the client, whose
                // count the code step, from a new browser, could not clear.
                throttle.forgiveClient(admission);
                return new PasswordCheck(LoginOutcome.SECOND_FACTOR_NEEDED, stored.accountId(), null);
            }
            if (right && stored.active()) {
                throttle.forgive(admission, stored.accountId(), rememberDevice, now);
                return new PasswordCheck(LoginOutcome.SIGNED_IN, stored.accountId(), null);
            }
            return admission.lastChance()
                    ? PasswordCheck.refused(LoginOutcome.LOCKED, now.plus(LockoutPolicy.ACCOUNT.lock()))
                    : PasswordCheck.refused(LoginOutcome.INVALID_CREDENTIALS, null);
        } finally {
            slots.release();
        }
    }
}
