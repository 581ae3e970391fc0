package org.consortia.tenancy;

import java.io.Serializable;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;
import org.consortia.membership.WorkspaceRole;

/**
 * The workspace a call works in and what the caller is there: the roles they hold, or an oversight
 * visitor with none. Visitors only read, except that the Head of Strategy & Partnerships may set up
 * a workspace's membership and appoint its chairs, recorded as such. Once the Council's involvement
 * has ended, the council's people only read there too ({@code readOnly}).
 */
public record WorkspaceContext(long partnershipId, String slug, String name, Set<WorkspaceRole> roles,
        boolean oversight, boolean appointsForCouncil, boolean readOnly) implements Serializable {

    public boolean may(Action action) {
        if (readOnly && !PermissionMatrix.onlyReads(action)) {
            return false;
        }
        return PermissionMatrix.allowsAny(roles, action)
                || oversight && PermissionMatrix.allowsOversight(action)
                || appointsForCouncil && (action == Action.MANAGE_MEMBERSHIP || action == Action.APPOINT_CHAIRS
                        || action == Action.INVITE_TO_WORKSPACE);
    }

    /** The capacity in which the caller appoints people here, as the appointment records it. */
    public String appointingCapacity() {
        if (roles.contains(WorkspaceRole.CHAIR)) {
            return WorkspaceRole.CHAIR.label();
        }
        if (appointsForCouncil) {
            return "Head of Strategy & Partnerships";
        }
        return roles.stream().filter(role -> PermissionMatrix.allows(role, Action.MANAGE_MEMBERSHIP))
                .map(WorkspaceRole::label).findFirst()
                .or(() -> roles.stream().filter(role -> PermissionMatrix.allows(role, Action.INVITE_TO_WORKSPACE))
                        .map(WorkspaceRole::label).findFirst())
                .orElse("Member");
    }
}
