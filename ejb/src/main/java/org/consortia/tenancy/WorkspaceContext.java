package org.consortia.tenancy;

import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;
import org.consortia.membership.WorkspaceRole;

/**
 * The workspace a call works in and what the caller is there: the roles they hold, or an oversight
 * visitor with none. A visitor who maintains the partnership's database record (the Head of
 * Strategy & Partnerships, or its accountable Head of Service) may also set up its membership.
 */
public record WorkspaceContext(long partnershipId, String slug, String name, Set<WorkspaceRole> roles,
        boolean oversight, boolean maintainsRecord) {

    public boolean may(Action action) {
        return PermissionMatrix.allowsAny(roles, action)
                || oversight && PermissionMatrix.allowsOversight(action)
                || oversight && maintainsRecord && action == Action.MANAGE_MEMBERSHIP;
    }
}
