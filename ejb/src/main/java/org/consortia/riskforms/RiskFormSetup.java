package org.consortia.riskforms;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consortia.access.Action;
import org.consortia.tenancy.WorkspaceAccess;

/**
 * Creates a workspace's empty form, one answer row per question, in a transaction of its own: when
 * two people open it for the first time at once, one creation wins and the unique constraints refuse
 * the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RiskFormSetup {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    public void create(RiskForm form) {
        access.require(Action.VIEW_WORKSPACE);
        for (FormQuestion question : form.questions()) {
            entityManager.persist(new FormAnswer(form, question.number()));
        }
        if (form.signedOff()) {
            entityManager.persist(new FormSignOff(form));
        }
    }
}
