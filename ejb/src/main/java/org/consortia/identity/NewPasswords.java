package org.consortia.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.consortia.access.InvalidInputException;

/**
 * A password someone chooses (when changing theirs, by a reset link, on accepting an invitation):
 * checked against the policy and its confirmation, then hashed in one of the slots that keep the slow
 * hash from starving other pages.
 */
@ApplicationScoped
public class NewPasswords {

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    PasswordCheckSlots slots;

    /**
     * The hash of the chosen password; refused, beside {@code field} or {@code confirmationField},
     * when it breaks the policy, is not typed the same twice, or every slot is busy.
     */
    public String hash(String password, String confirmation, String field, String confirmationField) {
        String problem = PasswordHasher.policyProblem(password);
        if (problem != null) {
            throw InvalidInputException.of(field, problem);
        }
        if (!password.equals(confirmation)) {
            throw InvalidInputException.of(confirmationField, "The two passwords are not the same.");
        }
        if (!slots.tryAcquire()) {
            throw InvalidInputException.of(field, PasswordConfirmation.BUSY_MESSAGE);
        }
        try {
            return passwordHasher.hash(password);
        } finally {
            slots.release();
        }
    }
}
