package org.consortia.history;

import org.consortia.tenancy.CurrentWorkspace;
import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with its author and workspace. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).recordAuthor(RevisionAuthor.get(), CurrentWorkspace.id().orElse(null));
    }
}
