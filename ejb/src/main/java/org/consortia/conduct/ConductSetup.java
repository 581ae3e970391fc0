package org.consortia.conduct;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consortia.access.Action;
import org.consortia.tenancy.WorkspaceAccess;
import java.time.Instant;

/**
 * Creates a workspace's first code of conduct in a transaction of its own: when two people open it
 * for the first time at once, one creation wins and the unique version constraint refuses the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConductSetup {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    public void createFirstVersion() {
        access.require(Action.VIEW_WORKSPACE);
        entityManager.persist(new ConductCode(1, StartingCode.TEXT, null, Instant.now()));
    }
}
