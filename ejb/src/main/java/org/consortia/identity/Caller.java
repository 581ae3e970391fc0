package org.consortia.identity;

import java.io.Serializable;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;

/** The signed-in person a service acts for, with the council-wide roles they hold. */
public record Caller(long accountId, String name, String email, long organisationId, String organisationName,
        Set<CouncilRole> councilRoles) implements Serializable {

    public boolean may(Action action) {
        return PermissionMatrix.allowsAny(councilRoles, action);
    }
}
