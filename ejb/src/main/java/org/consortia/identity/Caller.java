package org.consortia.identity;

import java.io.Serializable;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;

/**
 * The signed-in person a service acts for, with the council-wide roles they hold and whether they
 * use a second factor.
 */
public record Caller(long accountId, String name, String email, long organisationId, String organisationName,
        Set<CouncilRole> councilRoles, boolean secondFactor) implements Serializable {

    public boolean may(Action action) {
        return PermissionMatrix.allowsAny(councilRoles, action);
    }

    /**
     * Administrators and the council's oversight roles, who may enter every workspace, must sign in
     * with a second factor.
     */
    public boolean mustUseSecondFactor() {
        return mustUseSecondFactor(councilRoles);
    }

    public static boolean mustUseSecondFactor(Set<CouncilRole> roles) {
        return PermissionMatrix.allowsAny(roles, Action.MANAGE_ACCOUNTS)
                || PermissionMatrix.allowsAny(roles, Action.ENTER_ANY_WORKSPACE);
    }
}
