package org.consortia.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.TypedText;
import org.consortia.validation.PlainText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.consortia.validation.PlausibleDate;

/** An action that reduces a risk or realises an opportunity, with the person responsible and a deadline. */
@Entity
@Table(name = "mitigation_action")
@Audited
public class MitigationAction extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private RiskEntry entry;

    @NotBlank(message = "{action.description.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 1000)
    private String description;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_account_id")
    private Account responsible;

    @PlausibleDate
    @NotNull(message = "{action.deadline.required}")
    @Column(nullable = false)
    private LocalDate deadline;

    @PlausibleDate
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected MitigationAction() {
    }

    public MitigationAction(RiskEntry entry, String description, Account responsible, LocalDate deadline) {
        this.entry = entry;
        this.description = TypedText.tidy(description);
        this.responsible = responsible;
        this.deadline = deadline;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && deadline.isBefore(today);
    }

    public void markDone(LocalDate on) {
        doneOn = on;
    }

    public RiskEntry getEntry() {
        return entry;
    }

    public String getDescription() {
        return description;
    }

    public Account getResponsible() {
        return responsible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
