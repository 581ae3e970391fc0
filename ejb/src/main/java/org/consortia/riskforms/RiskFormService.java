package org.consortia.riskforms;

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
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.validation.ConstraintViolations;
import org.consortia.validation.InputValidator;

/**
 * The workspace's risk management forms. Everyone in the workspace reads them; those who keep the
 * risk register answer them. Each answer is saved on its own version, so two people answering
 * different questions both succeed, and an answer someone else changed meanwhile is never overwritten.
 */
@Stateless
public class RiskFormService {

    private static final Map<String, String> HISTORY_LABELS = Map.of(
            "Response", "Answer",
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
    RiskFormSetup setup;

    @Inject
    HistoryService history;

    /**
     * The form as the workspace has answered it. Questions nobody has answered yet come back as
     * blank answers that are not stored, so reading a form never writes to it.
     */
    public FilledForm open(RiskForm form) {
        access.require(Action.VIEW_WORKSPACE);
        return stored(form);
    }

    /** The form as answered, laid out as the framework prints it, for anyone in the workspace. */
    public byte[] exportPdf(RiskForm form) {
        String partnershipName = access.enter().name();
        return FormPdf.write(partnershipName, stored(form));
    }

    private FilledForm stored(RiskForm form) {
        Map<Integer, FormAnswer> byQuestion = new HashMap<>();
        entityManager.createQuery("select a from FormAnswer a where a.form = :form", FormAnswer.class)
                .setParameter("form", form).getResultList()
                .forEach(answer -> byQuestion.put(answer.getQuestion(), answer));
        List<FormAnswer> answers = form.questions().stream()
                .map(question -> byQuestion.getOrDefault(question.number(), new FormAnswer(form, question.number())))
                .toList();
        FormSignOff signOff = !form.signedOff() ? null
                : entityManager.createQuery("select s from FormSignOff s where s.form = :form", FormSignOff.class)
                        .setParameter("form", form).getResultStream().findFirst().orElseGet(() -> new FormSignOff(form));
        return new FilledForm(form, answers, signOff);
    }

    /**
     * Saves the changed answers and completion details (null when unchanged) all together, or
     * nothing: if someone else saved any of them since the caller loaded them, refuses with
     * {@link FormConflictException}; if any breaks a rule, with {@link InvalidInputException} keyed
     * {@code answer3.comments}, {@code signOff.telephone} and so on.
     */
    public FilledForm save(RiskForm form, List<AnswerEdit> edits, SignOffEdit signOffEdit) {
        access.require(Action.EDIT_SHARED_RECORDS);
        ConstraintViolations.createOnce(() -> setup.createMissing(form));
        FilledForm stored = stored(form);
        if (stored.answers().stream().anyMatch(answer -> answer.getId() == null)
                || form.signedOff() && stored.signOff().getId() == null) {
            throw new ConcurrentEditException("The form could not be prepared for saving. Nothing was saved: save again.");
        }
        Set<Integer> clashes = new TreeSet<>();
        for (AnswerEdit edit : edits) {
            if (form.questions().stream().noneMatch(question -> question.number() == edit.question())) {
                throw InvalidInputException.of("answer" + edit.question(), "This form has no such question.");
            }
            if (stored.answer(edit.question()).getVersion() != edit.expectedVersion()) {
                clashes.add(edit.question());
            }
        }
        if (signOffEdit != null && !form.signedOff()) {
            throw InvalidInputException.of("signOff", "This form is not signed off.");
        }
        boolean signOffClash = signOffEdit != null && stored.signOff().getVersion() != signOffEdit.expectedVersion();
        if (!clashes.isEmpty() || signOffClash) {
            throw new FormConflictException(stored, clashes, signOffClash);
        }

        Map<String, String> problems = new LinkedHashMap<>();
        for (AnswerEdit edit : edits) {
            FormAnswer answer = stored.answer(edit.question());
            answer.setResponse(form.answeredYesOrNo() ? edit.response() : null);
            answer.setComments(edit.comments());
            collect(problems, "answer" + edit.question() + ".", answer);
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
            invalid.messagesByField().forEach((field, message) -> problems.put(prefix + field, message));
        }
    }

    /**
     * Every saved change to the form, newest first: one entry per save, naming the question each
     * change belongs to.
     */
    public List<HistoryEntry> history(RiskForm form) {
        Map<Long, Integer> questionOfAnswer = new LinkedHashMap<>();
        open(form).answers().stream().filter(answer -> answer.getId() != null)
                .forEach(answer -> questionOfAnswer.put(answer.getId(), answer.getQuestion()));
        Map<Integer, List<HistoryEntry>> byRevision = new TreeMap<>(Comparator.reverseOrder());
        Consumer<HistoryEntry> add = entry -> byRevision.computeIfAbsent(entry.revision(), r -> new ArrayList<>()).add(entry);
        history.historiesWhere(HistoricRecord.FORM_ANSWER, "form", form).forEach((id, entries) ->
                entries.forEach(entry -> add.accept(relabel(form, entry, "Question " + questionOfAnswer.get(id) + ": "))));
        if (form.signedOff()) {
            history.historiesWhere(HistoricRecord.FORM_SIGN_OFF, "form", form).values()
                    .forEach(entries -> entries.forEach(entry -> add.accept(relabel(form, entry, ""))));
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

    /** Keeps the changes people made, in the form's own words; the form and question never change. */
    private static HistoryEntry relabel(RiskForm form, HistoryEntry entry, String prefix) {
        List<FieldChange> changes = entry.changes().stream()
                .filter(change -> !Set.of("Form", "Question").contains(change.field()))
                .map(change -> new FieldChange(prefix + (change.field().equals("Comments") ? form.commentsLabel()
                        : HISTORY_LABELS.getOrDefault(change.field(), change.field())), change.before(), change.after()))
                .toList();
        return new HistoryEntry(entry.revision(), entry.version(), entry.madeAt(), entry.author(), entry.organisation(),
                entry.kind(), changes);
    }
}
