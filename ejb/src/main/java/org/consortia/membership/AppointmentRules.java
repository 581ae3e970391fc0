package org.consortia.membership;

import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/**
 * The rules every appointment keeps, however it is made (directly or by invitation): nobody
 * appoints, promotes or changes the term of themselves, and only a chair or the Head of Strategy &
 * Partnerships appoints a chair or vice-chair.
 */
public final class AppointmentRules {

    private AppointmentRules() {
    }

    /** Refuses an act on the caller's own appointment ("appoint", "end the term of"). */
    public static void refuseSelf(Caller caller, long accountId, String act) {
        if (caller.accountId() == accountId) {
            throw new AccessDeniedException("You cannot " + act + " yourself. Ask a chair or the Head of Strategy"
                    + " & Partnerships.");
        }
    }

    /** Refuses a chair's or vice-chair's appointment to anyone who may not appoint chairs here. */
    public static void requireChairAppointer(WorkspaceContext workspace, WorkspaceRole role) {
        if (isChairRole(role) && !workspace.may(Action.APPOINT_CHAIRS)) {
            throw new AccessDeniedException("Only a chair or the Head of Strategy & Partnerships appoints a chair or"
                    + " vice-chair.");
        }
    }

    public static boolean isChairRole(WorkspaceRole role) {
        return role == WorkspaceRole.CHAIR || role == WorkspaceRole.VICE_CHAIR;
    }
}
