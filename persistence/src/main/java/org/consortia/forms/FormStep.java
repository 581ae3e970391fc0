package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One step taken in a form's workflow: which step, what was done, by whom, when and with what
 * comments. Steps are recorded once and never changed; a form's steps in order are its audit trail.
 */
@Entity
@Table(name = "form_step")
@Audited
public class FormStep extends WorkspaceEntity {

    public static final int COMMENTS_LIMIT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FilledForm form;

    @Column(nullable = false, length = 40, updatable = false)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private StepOutcome outcome;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by_account_id", nullable = false, updatable = false)
    private Account decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Size(max = COMMENTS_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = COMMENTS_LIMIT, updatable = false)
    private String comments;

    protected FormStep() {
    }

    public FormStep(FilledForm form, String step, StepOutcome outcome, Account decidedBy, Instant decidedAt,
            String comments) {
        this.form = form;
        this.step = step;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.comments = TypedText.tidy(comments);
    }

    public FilledForm getForm() {
        return form;
    }

    public String getStep() {
        return step;
    }

    public StepOutcome getOutcome() {
        return outcome;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComments() {
        return comments;
    }
}
