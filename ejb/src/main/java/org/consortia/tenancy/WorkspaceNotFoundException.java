package org.consortia.tenancy;

import org.consortia.access.RecordNotFoundException;

/** The workspace does not exist, or the caller may not know it does. */
public class WorkspaceNotFoundException extends RecordNotFoundException {

    public WorkspaceNotFoundException() {
        super("No such workspace.");
    }
}
