package org.consortia.riskforms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/** The workspace's answer to one question of a risk management form. */
@Entity
@Table(name = "form_answer")
@Audited
public class FormAnswer extends WorkspaceEntity {

    public static final int COMMENTS_LIMIT = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private RiskForm form;

    @Column(nullable = false, updatable = false)
    private int question;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Response response;

    @Size(max = COMMENTS_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = COMMENTS_LIMIT)
    private String comments;

    protected FormAnswer() {
    }

    public FormAnswer(RiskForm form, int question) {
        this.form = form;
        this.question = question;
    }

    public RiskForm getForm() {
        return form;
    }

    public int getQuestion() {
        return question;
    }

    public Response getResponse() {
        return response;
    }

    public void setResponse(Response response) {
        this.response = response;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = TypedText.tidy(comments);
    }
}
