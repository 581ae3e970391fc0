package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records each entry of a council oversight role into a workspace it is not a member of, and each
 * read across all workspaces. It commits
 * on its own, so a visit stays recorded even when the call it belongs to fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OversightLog {

    @PersistenceContext
    EntityManager entityManager;

    public void record(long accountId, long partnershipId, String purpose) {
        entityManager.persist(new OversightVisit(accountId, partnershipId, purpose, Instant.now()));
    }

    /** Records a read across every workspace, such as a portfolio report. */
    public void recordAcrossWorkspaces(long accountId, String purpose) {
        entityManager.persist(new OversightVisit(accountId, null, purpose, Instant.now()));
    }
}
