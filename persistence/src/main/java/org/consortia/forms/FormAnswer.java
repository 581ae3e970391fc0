package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * The answer to one question of a filled form, in its kind's canonical text (see {@link AnswerValues}),
 * with up to two notes beside it ("Evidence", "Actions needed") as the template names them.
 */
@Entity
@Table(name = "form_answer")
@Audited
public class FormAnswer extends WorkspaceEntity {

    public static final int NOTE_LIMIT = 4000;
    public static final int ANSWER_LIMIT = 20000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FilledForm form;

    @Column(name = "question_key", nullable = false, length = 60, updatable = false)
    private String question;

    @Size(max = ANSWER_LIMIT, message = "{text.tooLong}")
    @Column(name = "answer", length = ANSWER_LIMIT)
    private String value;

    @Size(max = NOTE_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = NOTE_LIMIT)
    private String note;

    @Size(max = NOTE_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "second_note", length = NOTE_LIMIT)
    private String secondNote;

    protected FormAnswer() {
    }

    public FormAnswer(FilledForm form, String question) {
        this.form = form;
        this.question = question;
    }

    public FilledForm getForm() {
        return form;
    }

    public String getQuestion() {
        return question;
    }

    /** The answer in its kind's canonical text; set only through {@link AnswerValues#canonical}. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = TypedText.tidy(note);
    }

    public String getSecondNote() {
        return secondNote;
    }

    public void setSecondNote(String secondNote) {
        this.secondNote = TypedText.tidy(secondNote);
    }
}
