package org.consortia.access;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but may not take this action on it. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
