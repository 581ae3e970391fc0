package org.consortia.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;

/** The history of a form's answers and completion details, in the template's own words, whatever its workflow. */
@ApplicationScoped
public class FormHistory {

    private static final Map<String, String> SIGN_OFF_LABELS = Map.of(
            "Completed on", "Date",
            "Telephone", "Tel. No.");

    @Inject
    HistoryService history;

    /**
     * Every saved change to the form, newest first: one entry per save, naming the question each
     * change belongs to and showing answers in words. The caller has checked who may read it.
     */
    public List<HistoryEntry> of(FormContents contents) {
        return of(contents, false);
    }

    /**
     * As {@link #of(FormContents)}, for a form the council keeps and reads from outside the workspace
     * (a business case): the calling service has checked that the caller may read it.
     */
    public List<HistoryEntry> ofCouncilForm(FormContents contents) {
        return of(contents, true);
    }

    private List<HistoryEntry> of(FormContents contents, boolean councilForm) {
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
        Function<HistoricRecord, Map<Long, List<HistoryEntry>>> ofForm = record -> councilForm
                ? history.councilHistoriesOfRelated(record, "form", formId)
                : history.historiesOfRelated(record, "form", formId);
        ofForm.apply(HistoricRecord.FORM_ANSWER).forEach((id, entries) ->
                entries.forEach(entry -> add.accept(relabelAnswer(questionOfAnswer.get(id), entry))));
        if (template.signedOff()) {
            ofForm.apply(HistoricRecord.FORM_SIGN_OFF).values()
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
