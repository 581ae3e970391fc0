package org.consortia.web.forms;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.AnswerKind;
import org.consortia.forms.AnswerValues;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormDocuments;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.InvalidAnswerException;
import org.consortia.forms.TemplateQuestion;
import org.consortia.validation.TypedText;

/**
 * What the user has typed for one question, beside the answer it started from: only answers the user
 * changed are sent, each against the version it was loaded at. The answer is kept as typed (an amount
 * as "1,250.50"), so nothing is lost when the service refuses it.
 */
public class AnswerInput implements Serializable {

    /** Blank rows offered below a table's filled rows, to add more. */
    private static final int BLANK_ROWS = 3;

    private final TemplateQuestion question;
    private String value;
    private String note;
    private String secondNote;
    private String loadedValue;
    private String loadedNote;
    private String loadedSecondNote;
    private long loadedVersion;
    private FormAnswer theirs;
    private List<Map<String, String>> rows;
    /** A document chosen for upload at the last submission, for a question whose answer is a document. */
    private transient Part upload;

    AnswerInput(TemplateQuestion question, FormAnswer stored) {
        this.question = question;
        reset(stored);
    }

    /** Starts again from the stored answer, as after a save. */
    void reset(FormAnswer stored) {
        value = AnswerValues.typed(question, stored.getValue());
        rows = question.kind() == AnswerKind.TABLE ? tableRows(value) : null;
        note = stored.getNote();
        secondNote = stored.getSecondNote();
        rebase(stored);
        theirs = null;
        upload = null;
    }

    /**
     * Keeps what the user typed but takes the stored answer as its new starting point, after the user
     * has been shown it: saving again then replaces it knowingly.
     */
    void rebase(FormAnswer stored) {
        loadedValue = stored.getValue();
        loadedNote = stored.getNote();
        loadedSecondNote = stored.getSecondNote();
        loadedVersion = stored.getVersion();
    }

    void showTheirs(FormAnswer stored) {
        theirs = stored;
        rebase(stored);
    }

    /** A table's rows as typed: its fixed rows, or those filled in and a few blank ones to add more. */
    private List<Map<String, String>> tableRows(String typed) {
        List<Map<String, String>> table = new ArrayList<>();
        AnswerValues.rowsOf(typed).forEach(row -> table.add(new HashMap<>(row)));
        int wanted = question.rows().isEmpty() ? table.size() + BLANK_ROWS : question.rows().size();
        while (table.size() < wanted) {
            table.add(new HashMap<>());
        }
        return table;
    }

    /** What the user typed, a table's rows as JSON without the rows left blank. */
    private String typedValue() {
        if (rows == null) {
            return value;
        }
        List<Map<String, String>> filled = question.rows().isEmpty()
                ? rows.stream().filter(row -> row.values().stream().anyMatch(cell -> cell != null && !cell.isBlank())).toList()
                : rows;
        return filled.isEmpty() ? null : AnswerValues.typedTable(filled);
    }

    boolean isChanged() {
        String canonical;
        try {
            canonical = AnswerValues.canonical(question, typedValue());
        } catch (InvalidAnswerException invalid) {
            // Sent, so that the service explains what is wrong with it beside the field.
            return true;
        }
        return !Objects.equals(canonical, loadedValue) || !Objects.equals(TypedText.tidy(note), loadedNote)
                || !Objects.equals(TypedText.tidy(secondNote), loadedSecondNote);
    }

    AnswerEdit edit() {
        return new AnswerEdit(question.id(), typedValue(), note, secondNote, loadedVersion);
    }

    /** The document chosen for upload, or null when none was. */
    DocumentUpload documentUpload() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return new DocumentUpload(question.id(), upload.getSubmittedFileName(), in.readAllBytes());
        }
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** Whether the question's answer is a document attached to the form. */
    public boolean isDocument() {
        return question.kind() == AnswerKind.LINK && FormDocuments.LINK_KIND.equals(question.linkTo());
    }

    /** The id of the record the answer as saved links to, or null. */
    public Long getLinkedId() {
        return question.kind() != AnswerKind.LINK || loadedValue == null ? null : AnswerValues.linkedId(loadedValue);
    }

    public TemplateQuestion getQuestion() {
        return question;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** A tick box's state, for the check box that stands for it. */
    public boolean isTicked() {
        return "ticked".equals(value);
    }

    public void setTicked(boolean ticked) {
        this.value = ticked ? "ticked" : null;
    }

    /** A table's rows as typed, each row's cells by column key. */
    public List<Map<String, String>> getRows() {
        return rows;
    }

    /** The name of a fixed row of a table, or its number. */
    public String rowName(int index) {
        return question.rows().isEmpty() ? "Row " + (index + 1) : question.rows().get(index);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSecondNote() {
        return secondNote;
    }

    public void setSecondNote(String secondNote) {
        this.secondNote = secondNote;
    }

    /** Whether the answer as it now stands calls for the template's warning. */
    public boolean isWarning() {
        return question.warns(loadedValue);
    }

    /** Someone else's answer that clashed with this one at the last save, or null. */
    public FormAnswer getTheirs() {
        return theirs;
    }

    /** Someone else's clashing answer in words. */
    public String getTheirsShown() {
        return theirs == null ? null : AnswerValues.shown(question, theirs.getValue());
    }

    /** The field's kind in the page's words: "text", "yes-no", "money" and so on. */
    public String getKind() {
        return question.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
