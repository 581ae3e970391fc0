package org.consortia.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * Who last saved a record and when, for a conflict message to name them: someone told only that
 * "someone else" saved cannot ask them what they changed. Called by services that have already
 * checked the caller may edit the record; a workspace record is read in the current workspace only.
 */
@ApplicationScoped
public class LastChanges {

    private static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy",
            Locale.UK).withZone(UkDates.LONDON);

    @PersistenceContext
    EntityManager entityManager;

    /**
     * "Sam Strategy (Redditch Borough Council) saved this entry at 14:05 on 2 December 2026, while
     * you were editing it." — or "Someone else …" when the saving is not on record.
     */
    public String savedWhileYouEdited(HistoricRecord record, long id, String what) {
        return latest(record, id)
                .map(revision -> HistoryService.authorOf(revision)
                        + (revision.getOrganisationName() == null ? "" : " (" + revision.getOrganisationName() + ")")
                        + " saved " + what + " at " + TIME_AND_DAY.format(revision.getMadeAt())
                        + ", while you were editing it.")
                .orElse("Someone else saved " + what + " while you were editing it.");
    }

    private Optional<Revision> latest(HistoricRecord record, long id) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1);
        if (record.scope() == HistoricRecord.Scope.WORKSPACE) {
            query.add(AuditEntity.property("partnershipId").eq(CurrentWorkspace.tenant()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> (Revision) row[1]);
    }
}
