package org.consortia.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.consortia.chain.ChainStep;
import org.consortia.forms.AnswerValues;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.FormTemplate;
import org.consortia.forms.FormTemplates;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.identity.Account;

/** Writes the demo's filled forms and their steps in the caller's transaction, inside the caller's workspace. */
@ApplicationScoped
public class DemoForms {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormTemplates templates;

    /** The form of the template numbered {@code number}, in this state, with these answers given. */
    FilledForm answer(String templateKey, int number, FormState state, Map<String, String> given) {
        FormTemplate template = templates.latest(templateKey);
        FilledForm form = new FilledForm(template, number);
        form.setState(state);
        entityManager.persist(form);
        for (TemplateQuestion question : template.questions()) {
            FormAnswer answer = new FormAnswer(form, question.id());
            String value = given.get(question.id());
            if (value != null) {
                answer.setValue(AnswerValues.canonical(question, value));
            }
            entityManager.persist(answer);
        }
        return form;
    }

    FilledForm answer(String templateKey, FormState state, Map<String, String> given) {
        return answer(templateKey, 1, state, given);
    }

    void step(FilledForm form, ChainStep step, StepOutcome outcome, Account by, String at, String comments) {
        entityManager.persist(new FormStep(form, step.name(), outcome, by, Instant.parse(at), comments));
    }

    Account account(String email) {
        return entityManager.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email).getSingleResult();
    }
}
