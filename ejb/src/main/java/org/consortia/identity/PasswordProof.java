package org.consortia.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Evidence that a person has just typed their password right, given only by
 * {@link PasswordConfirmation}. It lets a service check the password outside its transaction and
 * then act inside one, without a way round the check.
 */
public final class PasswordProof {

    static final Duration VALID_FOR = Duration.ofMinutes(2);

    private final long accountId;
    private final Instant confirmedAt;

    PasswordProof(long accountId, Instant confirmedAt) {
        this.accountId = accountId;
        this.confirmedAt = confirmedAt;
    }

    /** Whether this proves that the account's own password was confirmed moments ago. */
    public boolean confirms(long account, Instant now) {
        return accountId == account && !now.isAfter(confirmedAt.plus(VALID_FOR));
    }
}
