package org.consortia.forms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.consortia.access.Action;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.tenancy.WorkspaceAccess;

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

    @Inject
    WorkspaceAccess access;

    @Inject
    FormRecords records;

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

    private FormContents stored(String templateKey) {
        return records.stored(templateKey);
    }

    /**
     * Saves the changed answers and completion details (null when unchanged) all together, or
     * nothing: see {@link FormRecords#save}.
     */
    public FormContents save(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit) {
        access.require(Action.EDIT_SHARED_RECORDS);
        requireSharedRecord(templateKey);
        return records.save(templateKey, edits, signOffEdit, () -> access.require(Action.EDIT_SHARED_RECORDS));
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
