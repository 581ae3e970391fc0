package org.consortia.mou;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consortia.access.Action;
import org.consortia.tenancy.WorkspaceAccess;

/**
 * Creates a workspace's Memorandum in a transaction of its own: when two people open it for the
 * first time at once, one creation wins, the database's unique constraint refuses the other, and
 * both callers then read the same rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MouSetup {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    public void createMemorandum() {
        access.require(Action.VIEW_WORKSPACE);
        Mou mou = new Mou();
        entityManager.persist(mou);
        for (MouHeading heading : MouHeading.values()) {
            entityManager.persist(new MouSection(mou, heading, StartingText.of(heading)));
        }
    }
}
