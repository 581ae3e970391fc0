package org.consortia.access;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record since the caller loaded it; nothing was changed. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
