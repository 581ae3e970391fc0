package org.consortia.forms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.validation.ConstraintViolations;
import org.consortia.validation.InputValidator;

/**
 * The workspace's forms kept as shared records (the risk management forms of Appendices C and 9).
 * Everyone in the workspace reads them; those who keep the shared records answer them. Each answer is
 * saved on its own version, so two people answering different questions both succeed, and an answer
 * someone else changed meanwhile is never overwritten.
 */
@Stateless
public class FormService {

    private static final Map<String, String> SIGN_OFF_LABELS = Map.of(
            "Completed on", "Date",
            "Telephone", "Tel. No.");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OptimisticSave saves;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    FormSetup setup;

    @Inject
    FormTemplates templates;

    @Inject
    HistoryService history;

    /**
     * The form as the workspace has answered it. Before anyone has saved, the form and its answers
     * come back blank and unstored, so reading a form never writes to it.
     */
    public FormContents open(String templateKey) {
        access.require(Action.VIEW_WORKSPACE);
        requireSharedRecord(templateKey);
        return stored(templateKey);
    }

    /** The form as answered, laid out as the framework prints it, for anyone in the workspace. */
    public byte[] exportPdf(String templateKey) {
        String partnershipName = access.require(Action.VIEW_WORKSPACE).name();
        requireSharedRecord(templateKey);
        return FormPdf.write(partnershipName, stored(templateKey));
    }

    /** Only the forms partners keep as shared records are theirs to open here: a business case is the council's. */
    private void requireSharedRecord(String templateKey) {
        if (templates.latest(templateKey).workflow() != FormWorkflow.SHARED_RECORD) {
            throw new RecordNotFoundException("No such form.");
        }
    }

    /** The workspace's newest form of a template, or null before anyone has saved one. */
    static FilledForm current(EntityManager entityManager, String templateKey) {
        return entityManager.createQuery("select f from FilledForm f where f.templateKey = :key"
                        + " order by f.sequenceNumber desc", FilledForm.class)
                .setParameter("key", templateKey).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private FormContents stored(String templateKey) {
        FilledForm form = current(entityManager, templateKey);
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
    public FormContents save(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit) {
        access.require(Action.EDIT_SHARED_RECORDS);
        requireSharedRecord(templateKey);
        ConstraintViolations.createOnce(() -> setup.createMissing(templateKey, Action.EDIT_SHARED_RECORDS));
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
                answer.setValue(AnswerValues.canonical(question, edit.value()));
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

    /**
     * Every saved change to the form, newest first: one entry per save, naming the question each
     * change belongs to and showing answers in words.
     */
    public List<HistoryEntry> history(String templateKey) {
        FormContents contents = open(templateKey);
        if (contents.form().getId() == null) {
            return List.of();
        }
        FormTemplate template = contents.template();
        Map<Long, TemplateQuestion> questionOfAnswer = new LinkedHashMap<>();
        contents.answers().stream().filter(answer -> answer.getId() != null).forEach(answer ->
                questionOfAnswer.put(answer.getId(), template.question(answer.getQuestion()).orElseThrow()));
        Map<Integer, List<HistoryEntry>> byRevision = new TreeMap<>(Comparator.reverseOrder());
        Consumer<HistoryEntry> add = entry -> byRevision.computeIfAbsent(entry.revision(), r -> new ArrayList<>()).add(entry);
        Long formId = contents.form().getId();
        history.historiesOfRelated(HistoricRecord.FORM_ANSWER, "form", formId).forEach((id, entries) ->
                entries.forEach(entry -> add.accept(relabelAnswer(questionOfAnswer.get(id), entry))));
        if (template.signedOff()) {
            history.historiesOfRelated(HistoricRecord.FORM_SIGN_OFF, "form", formId).values()
                    .forEach(entries -> entries.forEach(entry -> add.accept(relabelSignOff(entry))));
        }
        List<HistoryEntry> saves = new ArrayList<>();
        byRevision.values().forEach(entries -> {
            List<FieldChange> changes = entries.stream().flatMap(entry -> entry.changes().stream()).toList();
            if (!changes.isEmpty()) {
                HistoryEntry first = entries.get(0);
                saves.add(new HistoryEntry(first.revision(), 0, first.madeAt(), first.author(), first.organisation(),
                        "Changed", changes));
            }
        });
        // Newest first: the oldest save is version 1.
        List<HistoryEntry> numbered = new ArrayList<>();
        for (int index = 0; index < saves.size(); index++) {
            HistoryEntry save = saves.get(index);
            numbered.add(new HistoryEntry(save.revision(), saves.size() - index, save.madeAt(), save.author(),
                    save.organisation(), save.kind(), save.changes()));
        }
        return numbered;
    }

    /** Keeps the changes people made, in the template's own words; the form and question never change. */
    private static HistoryEntry relabelAnswer(TemplateQuestion question, HistoryEntry entry) {
        String prefix = "Question " + question.id() + ": ";
        List<FieldChange> changes = entry.changes().stream()
                .filter(change -> !Set.of("Form", "Question").contains(change.field()))
                .map(change -> switch (change.field()) {
                    case "Value" -> new FieldChange(prefix + question.label(), shown(question, change.before()),
                            shown(question, change.after()));
                    case "Note" -> new FieldChange(prefix + question.noteLabel(), change.before(), change.after());
                    case "Second note" -> new FieldChange(prefix + question.secondNoteLabel(), change.before(), change.after());
                    default -> new FieldChange(prefix + change.field(), change.before(), change.after());
                })
                .toList();
        return new HistoryEntry(entry.revision(), entry.version(), entry.madeAt(), entry.author(), entry.organisation(),
                entry.kind(), changes);
    }

    private static String shown(TemplateQuestion question, String stored) {
        return stored == null ? null : AnswerValues.shown(question, stored);
    }

    private static HistoryEntry relabelSignOff(HistoryEntry entry) {
        List<FieldChange> changes = entry.changes().stream()
                .filter(change -> !change.field().equals("Form"))
                .map(change -> new FieldChange(SIGN_OFF_LABELS.getOrDefault(change.field(), change.field()),
                        change.before(), change.after()))
                .toList();
        return new HistoryEntry(entry.revision(), entry.version(), entry.madeAt(), entry.author(), entry.organisation(),
                entry.kind(), changes);
    }
}
