package org.consortia.riskforms;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.tenancy.WorkspaceAccess;

/**
 * Creates the rows a workspace's form still lacks, one answer per question and its sign-off, in a
 * transaction of its own: when two people first save at once, one creation wins and the unique
 * constraints refuse the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RiskFormSetup {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    public void createMissing(RiskForm form) {
        access.require(Action.EDIT_SHARED_RECORDS);
        Set<Integer> answered = Set.copyOf(entityManager.createQuery(
                "select a.question from FormAnswer a where a.form = :form", Integer.class)
                .setParameter("form", form).getResultList());
        for (FormQuestion question : form.questions()) {
            if (!answered.contains(question.number())) {
                entityManager.persist(new FormAnswer(form, question.number()));
            }
        }
        boolean signOffMissing = entityManager.createQuery("select s.id from FormSignOff s where s.form = :form",
                Long.class).setParameter("form", form).getResultList().isEmpty();
        if (form.signedOff() && signOffMissing) {
            entityManager.persist(new FormSignOff(form));
        }
    }
}
