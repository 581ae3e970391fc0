package org.consortia.forms;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * Creates the rows a workspace's form still lacks (the form, one answer per question of its template
 * version, and its sign-off) in a transaction of its own: when two people first save at once, one
 * creation wins and the unique constraints refuse the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FormSetup {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormTemplates templates;

    public void createMissing(String templateKey, FormEditor editor) {
        editor.requireMayEdit();
        createMissing(entityManager, templates, templateKey);
    }

    /** Creates what the form lacks in the caller's own transaction, which must hold a lock that keeps others out. */
    static void createMissing(EntityManager entityManager, FormTemplates templates, String templateKey) {
        FilledForm form = FormRecords.current(entityManager, templateKey);
        if (form == null) {
            form = new FilledForm(templates.latest(templateKey), 1);
            entityManager.persist(form);
        }
        FormTemplate template = templates.of(form);
        Set<String> answered = Set.copyOf(entityManager.createQuery(
                "select a.question from FormAnswer a where a.form = :form", String.class)
                .setParameter("form", form).getResultList());
        for (TemplateQuestion question : template.questions()) {
            if (!answered.contains(question.id())) {
                entityManager.persist(new FormAnswer(form, question.id()));
            }
        }
        boolean signOffMissing = entityManager.createQuery("select s.id from FormSignOff s where s.form = :form",
                Long.class).setParameter("form", form).getResultList().isEmpty();
        if (template.signedOff() && signOffMissing) {
            entityManager.persist(new FormSignOff(form));
        }
    }
}
