package org.consortia.access;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist or the caller may not know that it exists: both get the same answer,
 * so a workspace that the caller is not part of cannot be told apart from one that does not exist.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
