package org.consortia.history;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.consortia.access.Action;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.listing.Page;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.envers.query.AuditQuery;

/**
 * The one way to read history. Envers knows nothing of workspaces and its revision numbers are
 * global, so every query here is restricted to the current workspace (or to the partnership's own
 * record) before it runs; the raw lookups that cannot be restricted are never used.
 */
@Stateless
public class HistoryService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    WorkspaceAccess access;

    /**
     * Every revision of one record, oldest first, with the changed fields. Workspace records are
     * read only inside their own workspace; a record of another workspace is "not found".
     */
    public List<HistoryEntry> historyOf(HistoricRecord record, long id) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc());
        switch (record.scope()) {
            case WORKSPACE -> {
                access.require(record.readAction());
                query.add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()));
            }
            case PARTNERSHIP -> requirePartnershipHistory(id);
            case ADMINISTRATION -> callers.require(record == HistoricRecord.ACCOUNT
                    ? Action.MANAGE_ACCOUNTS : Action.MANAGE_ORGANISATIONS);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("No history for that record here.");
        }
        return describe(rows);
    }

    /**
     * The histories of every record of a workspace kind whose property has the given value, in the
     * current workspace, by record id: for instance every answer of one form.
     */
    public Map<Long, List<HistoryEntry>> historiesWhere(HistoricRecord record, String property, Object value) {
        access.require(record.readAction());
        return historiesMatching(record, AuditEntity.property(property).eq(value));
    }

    /** As {@link #historiesWhere}, for the records whose {@code relation} refers to the record {@code id}. */
    public Map<Long, List<HistoryEntry>> historiesOfRelated(HistoricRecord record, String relation, Long id) {
        access.require(record.readAction());
        return historiesMatching(record, AuditEntity.relatedId(relation).eq(id));
    }

    /**
     * As {@link #historiesOfRelated}, for records of the workspace that the council keeps and reads
     * from outside it (a business case's answers): the calling service has checked that the caller may
     * read them, by rules of its own rather than by a role in the workspace.
     */
    public Map<Long, List<HistoryEntry>> councilHistoriesOfRelated(HistoricRecord record, String relation, Long id) {
        return historiesMatching(record, AuditEntity.relatedId(relation).eq(id));
    }

    private Map<Long, List<HistoryEntry>> historiesMatching(HistoricRecord record, AuditCriterion criterion) {
        if (record.scope() != HistoricRecord.Scope.WORKSPACE) {
            throw new IllegalArgumentException(record + " is not a workspace record");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .add(criterion)
                .add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Long, List<Object[]>> byRecord = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byRecord.computeIfAbsent(((WorkspaceEntity) row[0]).getId(), id -> new ArrayList<>()).add(row);
        }
        Map<Long, List<HistoryEntry>> histories = new LinkedHashMap<>();
        byRecord.forEach((id, revisions) -> histories.put(id, describe(revisions)));
        return histories;
    }

    /** One record's revisions, oldest first, each compared with the one before. */
    private static List<HistoryEntry> describe(List<Object[]> rows) {
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            entries.add(new HistoryEntry(revision.getId(), entries.size() + 1, revision.getMadeAt(), authorOf(revision),
                    revision.getOrganisationName(), kindOf(type), FieldDiff.between(previous, snapshot)));
            previous = snapshot;
        }
        return entries;
    }

    /**
     * Every state of one workspace record, oldest first, in the current workspace only; a record of
     * another workspace has none.
     */
    public <T> List<Snapshot<T>> snapshotsOf(HistoricRecord record, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statesOf(record, id)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(HistoryService::<T>snapshot).toList();
    }

    /**
     * One page of the states of a workspace record, newest first, with how many there are in all:
     * for records with hundreds of revisions, of which a page shows a few.
     */
    public <T> Page<Snapshot<T>> snapshotsOf(HistoricRecord record, long id, int first, int size) {
        long total = ((Number) statesOf(record, id).addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statesOf(record, id)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(rows.stream().map(HistoryService::<T>snapshot).toList(), total, first, size);
    }

    /** The state of a workspace record after one revision, if that revision changed it. */
    public <T> Optional<Snapshot<T>> snapshotAt(HistoricRecord record, long id, int revision) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statesOf(record, id)
                .add(AuditEntity.revisionNumber().eq(revision))
                .getResultList();
        return rows.stream().map(HistoryService::<T>snapshot).findFirst();
    }

    /** The query for the states of one workspace record, in the current workspace only. */
    private AuditQuery statesOf(HistoricRecord record, long id) {
        if (record.scope() != HistoricRecord.Scope.WORKSPACE) {
            throw new IllegalArgumentException(record + " is not a workspace record");
        }
        access.require(record.readAction());
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()))
                .add(AuditEntity.revisionType().ne(RevisionType.DEL));
    }

    @SuppressWarnings("unchecked")
    private static <T> Snapshot<T> snapshot(Object[] row) {
        Revision revision = (Revision) row[1];
        return new Snapshot<>(revision.getId(), revision.getMadeAt(), authorOf(revision), revision.getOrganisationName(),
                (T) row[0]);
    }

    /**
     * The rows of a workspace record type as they stood at a revision, in the current workspace only.
     * Anyone who may read the workspace's history.
     */
    public <T> List<T> asOf(HistoricRecord record, int revision) {
        if (record.scope() != HistoricRecord.Scope.WORKSPACE) {
            throw new IllegalArgumentException(record + " is not a workspace record");
        }
        access.require(record.readAction());
        if (revision < 1) {
            throw new RecordNotFoundException("No such revision.");
        }
        @SuppressWarnings("unchecked")
        List<T> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forEntitiesAtRevision(record.type(), revision)
                .add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()))
                .getResultList();
        return rows;
    }

    /** When a revision of the current workspace was made; "not found" for any other. */
    public Instant madeAt(int revision) {
        access.require(Action.VIEW_HISTORY);
        Revision found = entityManager.find(Revision.class, revision);
        if (found == null || found.getPartnershipId() == null || found.getPartnershipId() != CurrentWorkspace.tenant()) {
            throw new RecordNotFoundException("No such revision.");
        }
        return found.getMadeAt();
    }

    /** The revision that created a workspace record, if it is one of the current workspace. */
    public OptionalInt revisionThatCreated(HistoricRecord record, long id) {
        if (record.scope() != HistoricRecord.Scope.WORKSPACE) {
            throw new IllegalArgumentException(record + " is not a workspace record");
        }
        access.require(record.readAction());
        List<?> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .addProjection(AuditEntity.revisionNumber())
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()))
                .getResultList();
        return revisions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) revisions.get(0)).intValue());
    }

    private void requirePartnershipHistory(long partnershipId) {
        Caller caller = callers.current();
        if (caller.may(Action.VIEW_PARTNERSHIP_DATABASE)) {
            return;
        }
        if (CurrentWorkspace.tenant() != partnershipId) {
            throw new RecordNotFoundException("No history for that record here.");
        }
        access.require(Action.VIEW_HISTORY);
    }

    static String authorOf(Revision revision) {
        return revision.getAccountName() == null ? "System" : revision.getAccountName();
    }

    private static String kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> "Created";
            case MOD -> "Changed";
            case DEL -> "Removed";
        };
    }
}
