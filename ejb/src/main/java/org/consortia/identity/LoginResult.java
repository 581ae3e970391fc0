package org.consortia.identity;

import java.util.Set;

/** A login attempt's outcome and, when it succeeded, who signed in. */
public record LoginResult(LoginOutcome outcome, Long accountId, Set<CouncilRole> councilRoles) {

    static LoginResult refused(LoginOutcome outcome) {
        return new LoginResult(outcome, null, Set.of());
    }
}
