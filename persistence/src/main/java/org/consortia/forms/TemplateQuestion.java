package org.consortia.forms;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One question of a template in the framework's words.
 *
 * @param id        the question's key, kept by later versions of the template that keep the question
 * @param issue     what the question is about where the template has such a column (else empty)
 * @param text      the question word for word
 * @param guidance  words helping to answer it (else empty)
 * @param kind      the kind of answer
 * @param label     the heading of the answer's field
 * @param options   the options of a {@link AnswerKind#CHOICE} question
 * @param notes     the headings of up to two free-text notes kept beside the answer ("Evidence")
 * @param columns   the columns of a {@link AnswerKind#TABLE} question
 * @param rows      the fixed rows of a table question (empty: the person adds rows)
 * @param linkTo    the kind of record a {@link AnswerKind#LINK} question links to
 * @param maxLength the longest text answer accepted
 * @param warnIf    the stored answers that show the template's warning
 */
public record TemplateQuestion(String id, String issue, String text, String guidance, AnswerKind kind, String label,
        List<ChoiceOption> options, List<String> notes, List<TableColumn> columns, List<String> rows, String linkTo,
        int maxLength, List<String> warnIf) implements Serializable {

    public TemplateQuestion {
        options = List.copyOf(options);
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnIf = List.copyOf(warnIf);
    }

    public Optional<ChoiceOption> option(String key) {
        return options.stream().filter(option -> option.key().equals(key)).findFirst();
    }

    /** The heading of the first note, or null where the question has none. */
    public String noteLabel() {
        return notes.isEmpty() ? null : notes.get(0);
    }

    /** The heading of the second note, or null where the question has fewer than two. */
    public String secondNoteLabel() {
        return notes.size() < 2 ? null : notes.get(1);
    }

    /** Whether this answer shows the template's warning. */
    public boolean warns(String value) {
        return value != null && warnIf.contains(value);
    }
}
