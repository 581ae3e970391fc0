package org.consortia.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.saving.OptimisticSave;
import org.consortia.validation.ConstraintViolations;
import org.consortia.validation.InputValidator;

/**
 * Reading and saving the current workspace's forms of a template, whatever their workflow. The
 * services of each workflow check who may read and change them first; this saves each answer on
 * its own version, so two people answering different questions both succeed, and an answer someone
 * else changed meanwhile is never overwritten.
 */
@ApplicationScoped
public class FormRecords {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OptimisticSave saves;

    @Inject
    InputValidator validator;

    @Inject
    FormSetup setup;

    @Inject
    FormTemplates templates;

    /** The workspace's newest form of a template, or null before anyone has saved one. */
    static FilledForm current(EntityManager entityManager, String templateKey) {
        return entityManager.createQuery("select f from FilledForm f where f.templateKey = :key"
                        + " order by f.sequenceNumber desc", FilledForm.class)
                .setParameter("key", templateKey).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The form as the workspace has answered it. Before anyone has saved, the form and its answers
     * come back blank and unstored, so reading a form never writes to it.
     */
    public FormContents stored(String templateKey) {
        return contents(templateKey, current(entityManager, templateKey));
    }

    /** The workspace's form of a template with this number, as {@link #stored(String)} reads the newest. */
    public FormContents stored(String templateKey, int sequenceNumber) {
        FilledForm form = entityManager.createQuery("select f from FilledForm f where f.templateKey = :key"
                        + " and f.sequenceNumber = :number", FilledForm.class)
                .setParameter("key", templateKey).setParameter("number", sequenceNumber).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such form."));
        return contents(templateKey, form);
    }

    /** Every stored form of the template in the workspace, the first first. */
    public List<FilledForm> all(String templateKey) {
        return entityManager.createQuery("select f from FilledForm f where f.templateKey = :key"
                + " order by f.sequenceNumber", FilledForm.class).setParameter("key", templateKey).getResultList();
    }

    /**
     * Starts the next form of the template (a business case made again a year on), its answers
     * carried over from the form before so that only what has changed needs answering. The caller's
     * transaction must hold a lock that keeps every other save of the form out.
     */
    public FormContents startNext(FormContents previous) {
        FormTemplate template = templates.latest(previous.template().key());
        FilledForm next = new FilledForm(template, previous.form().getSequenceNumber() + 1);
        entityManager.persist(next);
        for (TemplateQuestion question : template.questions()) {
            FormAnswer answer = new FormAnswer(next, question.id());
            previous.template().question(question.id())
                    .filter(earlier -> earlier.kind() == question.kind() && template.version() == previous.template().version()
                            || earlier.kind() == AnswerKind.TEXT && question.kind() == AnswerKind.TEXT)
                    .ifPresent(earlier -> {
                        FormAnswer carried = previous.answer(earlier.id());
                        answer.setValue(carried.getValue());
                        answer.setNote(question.noteLabel() == null ? null : carried.getNote());
                        answer.setSecondNote(question.secondNoteLabel() == null ? null : carried.getSecondNote());
                    });
            entityManager.persist(answer);
        }
        if (template.signedOff()) {
            entityManager.persist(new FormSignOff(next));
        }
        entityManager.flush();
        return stored(template.key());
    }

    /** Starts the workspace's first form of the template, its answers blank, under a lock the caller holds. */
    public FormContents startFirst(String templateKey) {
        FormSetup.createMissing(entityManager, templates, templateKey);
        entityManager.flush();
        return stored(templateKey);
    }

    /**
     * The form's answers, for a caller that has read the workspace's forms of the template with
     * {@link #all}; a null form comes back blank and unstored, as {@link #stored(String)} does.
     */
    public FormContents contents(String templateKey, FilledForm form) {
        if (form == null) {
            FormTemplate template = templates.latest(templateKey);
            FilledForm blank = new FilledForm(template, 1);
            return new FormContents(template, blank,
                    template.questions().stream().map(question -> new FormAnswer(blank, question.id())).toList(),
                    template.signedOff() ? new FormSignOff(blank) : null);
        }
        FormTemplate template = templates.of(form);
        Map<String, FormAnswer> byQuestion = new HashMap<>();
        entityManager.createQuery("select a from FormAnswer a where a.form = :form", FormAnswer.class)
                .setParameter("form", form).getResultList()
                .forEach(answer -> byQuestion.put(answer.getQuestion(), answer));
        List<FormAnswer> answers = template.questions().stream()
                .map(question -> byQuestion.getOrDefault(question.id(), new FormAnswer(form, question.id())))
                .toList();
        FormSignOff signOff = !template.signedOff() ? null
                : entityManager.createQuery("select s from FormSignOff s where s.form = :form", FormSignOff.class)
                        .setParameter("form", form).getResultStream().findFirst().orElseGet(() -> new FormSignOff(form));
        return new FormContents(template, form, answers, signOff);
    }

    /**
     * Saves the changed answers and completion details (null when unchanged) all together, or
     * nothing: if someone else saved any of them since the caller loaded them, refuses with
     * {@link FormConflictException}; if any breaks a rule, with {@link InvalidInputException} keyed
     * {@code answer-3.value}, {@code answer-3.note}, {@code signOff.telephone} and so on.
     */
    public FormContents save(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit, FormEditor editor) {
        editor.requireMayEdit();
        ConstraintViolations.createOnce(() -> setup.createMissing(templateKey, editor));
        return apply(templateKey, edits, signOffEdit, editor);
    }

    /**
     * As {@link #save}, for a caller whose transaction already holds a lock that keeps every other
     * save of the form out: what the form lacks is created in that same transaction.
     */
    public FormContents saveUnderLock(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit,
            FormEditor editor) {
        editor.requireMayEdit();
        FormSetup.createMissing(entityManager, templates, templateKey);
        return apply(templateKey, edits, signOffEdit, editor);
    }

    private FormContents apply(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit, FormEditor editor) {
        FormContents stored = stored(templateKey);
        FormTemplate template = stored.template();
        if (stored.answers().stream().anyMatch(answer -> answer.getId() == null)
                || template.signedOff() && stored.signOff().getId() == null) {
            throw new ConcurrentEditException("The form could not be prepared for saving. Nothing was saved: save again.");
        }
        Set<String> clashes = new TreeSet<>();
        for (AnswerEdit edit : edits) {
            if (template.question(edit.question()).isEmpty()) {
                throw InvalidInputException.of("answer-" + edit.question(), "This form has no such question.");
            }
            if (stored.answer(edit.question()).getVersion() != edit.expectedVersion()) {
                clashes.add(edit.question());
            }
        }
        if (signOffEdit != null && !template.signedOff()) {
            throw InvalidInputException.of("signOff", "This form is not signed off.");
        }
        boolean signOffClash = signOffEdit != null && stored.signOff().getVersion() != signOffEdit.expectedVersion();
        if (!clashes.isEmpty() || signOffClash) {
            throw new FormConflictException(stored, clashes, signOffClash);
        }

        Map<String, String> problems = new LinkedHashMap<>();
        for (AnswerEdit edit : edits) {
            TemplateQuestion question = template.question(edit.question()).orElseThrow();
            FormAnswer answer = stored.answer(edit.question());
            String prefix = "answer-" + edit.question() + ".";
            try {
                String value = AnswerValues.canonical(question, edit.value());
                if (value != null && question.kind() == AnswerKind.LINK
                        && !editor.mayLinkTo(question.linkTo(), AnswerValues.linkedId(value))) {
                    throw new InvalidAnswerException("Choose a record from the list.");
                }
                answer.setValue(value);
            } catch (InvalidAnswerException invalid) {
                problems.put(prefix + "value", invalid.getMessage());
            }
            answer.setNote(question.noteLabel() == null ? null : edit.note());
            answer.setSecondNote(question.secondNoteLabel() == null ? null : edit.secondNote());
            collect(problems, prefix, answer);
        }
        if (signOffEdit != null) {
            FormSignOff signOff = stored.signOff();
            signOff.setCompletedBy(signOffEdit.completedBy());
            signOff.setCompletedOn(signOffEdit.completedOn());
            signOff.setJobTitle(signOffEdit.jobTitle());
            signOff.setTelephone(signOffEdit.telephone());
            collect(problems, "signOff.", signOff);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        saves.write("these answers");
        return stored;
    }

    private void collect(Map<String, String> problems, String prefix, Object record) {
        try {
            validator.check(record);
        } catch (InvalidInputException invalid) {
            invalid.messagesByField().forEach((field, message) -> problems.putIfAbsent(prefix + field, message));
        }
    }
}
