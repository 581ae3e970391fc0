package org.consortia.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.validation.PlainTextValidator;
import org.consortia.validation.TypedText;

/**
 * The steps taken in the workflows of the current workspace's forms: read in the order taken, and
 * recorded with their comments checked, moving the form to the state the outcome leaves it in. The
 * service of each workflow decides who may take which step first.
 */
@ApplicationScoped
public class FormSteps {

    @PersistenceContext
    EntityManager entityManager;

    /** Every step taken in the workspace's forms of the template, by form id, in the order taken. */
    public Map<Long, List<FormStep>> byForm(String templateKey) {
        Map<Long, List<FormStep>> byForm = new HashMap<>();
        entityManager.createQuery("select s from FormStep s join fetch s.decidedBy join fetch s.form f"
                        + " where f.templateKey = :key order by s.id", FormStep.class)
                .setParameter("key", templateKey).getResultList()
                .forEach(step -> byForm.computeIfAbsent(step.getForm().getId(), id -> new ArrayList<>()).add(step));
        return byForm;
    }

    /** The steps taken in one form, in the order taken; none for a form not stored yet. */
    public List<FormStep> of(FilledForm form) {
        if (form.getId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select s from FormStep s join fetch s.decidedBy where s.form = :form"
                + " order by s.id", FormStep.class).setParameter("form", form).getResultList();
    }

    /**
     * Records a step by the account, now. {@code missingComments} is what to tell someone who gave
     * no comments where the step needs them, or null where comments are optional; comments are plain
     * text within {@link FormStep#COMMENTS_LIMIT}, refused beside the field {@code comments}.
     */
    public void record(FilledForm form, String step, StepOutcome outcome, long accountId, String comments,
            String missingComments) {
        String tidy = TypedText.tidy(comments);
        if (missingComments != null && (tidy == null || tidy.isEmpty())) {
            throw InvalidInputException.of("comments", missingComments);
        }
        if (tidy != null && tidy.length() > FormStep.COMMENTS_LIMIT) {
            throw InvalidInputException.of("comments", "Keep the comments to " + FormStep.COMMENTS_LIMIT
                    + " characters or fewer.");
        }
        if (!PlainTextValidator.isPlainText(tidy) || PlainTextValidator.hasControlCharacters(tidy)) {
            throw InvalidInputException.of("comments", "Write plain text: markup such as <b> or <script> is not accepted.");
        }
        entityManager.persist(new FormStep(form, step, outcome, entityManager.getReference(Account.class, accountId),
                Instant.now(), tidy));
        form.setState(outcome.leavesFormIn());
        entityManager.flush();
    }
}
