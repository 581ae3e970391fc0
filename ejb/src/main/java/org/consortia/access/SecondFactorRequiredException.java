package org.consortia.access;

import jakarta.ejb.ApplicationException;

/** The workspace asks its members to sign in with a second factor, and the caller has none yet. */
@ApplicationException(rollback = true)
public class SecondFactorRequiredException extends AccessDeniedException {

    public SecondFactorRequiredException(String workspaceName) {
        super(workspaceName + " asks its members to sign in with a second factor. Set one up to enter its workspace.");
    }
}
