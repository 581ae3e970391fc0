package org.consortia.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;
import org.consortia.membership.WorkspaceRole;
import org.junit.jupiter.api.Test;

class WorkspaceContextTest {

    private static WorkspaceContext readOnly(WorkspaceRole role) {
        return new WorkspaceContext(1, "a", "A", Set.of(role), false, false, true);
    }

    @Test
    void theCouncilsPeopleKeepReadingWhatTheirRolesLetThemReadOnceInvolvementHasEnded() {
        WorkspaceContext officer = readOnly(WorkspaceRole.OFFICER_REPRESENTATIVE);
        assertTrue(officer.may(Action.VIEW_WORKSPACE));
        assertTrue(officer.may(Action.VIEW_HISTORY));
        assertTrue(officer.may(Action.READ_CLOSED_ITEMS), "the record of closed items stays theirs to read");
        assertFalse(readOnly(WorkspaceRole.OBSERVER).may(Action.READ_CLOSED_ITEMS), "never more than the role gave");
    }

    @Test
    void andChangeNothing() {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (WorkspaceRole role : WorkspaceRole.values()) {
            for (Action action : Action.values()) {
                if (readOnly(role).may(action)) {
                    allowed.add(action);
                }
            }
        }
        assertEquals(EnumSet.of(Action.VIEW_WORKSPACE, Action.VIEW_HISTORY, Action.READ_CLOSED_ITEMS), allowed);
        allowed.forEach(action -> assertTrue(PermissionMatrix.onlyReads(action)));
    }
}
