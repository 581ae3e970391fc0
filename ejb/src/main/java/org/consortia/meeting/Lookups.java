package org.consortia.meeting;

import jakarta.persistence.EntityManager;
import org.consortia.access.RecordNotFoundException;
import org.consortia.tenancy.WorkspaceRecords;

/** The meeting records of the current workspace by id; another workspace's, or none, is "not found". */
final class Lookups {

    private Lookups() {
    }

    static Meeting meeting(EntityManager entityManager, long id) {
        return WorkspaceRecords.find(entityManager, Meeting.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such meeting in this workspace."));
    }

    static AgendaItem item(EntityManager entityManager, long id) {
        return WorkspaceRecords.find(entityManager, AgendaItem.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such agenda item in this workspace."));
    }
}
