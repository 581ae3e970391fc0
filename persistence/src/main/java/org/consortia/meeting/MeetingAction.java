package org.consortia.meeting;

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
import org.consortia.validation.PlainText;
import org.consortia.validation.PlausibleDate;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** An action arising from an agenda item: what is to be done, by whom, by when, and when it was done. */
@Entity
@Table(name = "meeting_action")
@Audited
public class MeetingAction extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @NotBlank(message = "{action.description.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 1000)
    private String description;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_account_id", nullable = false)
    private Account owner;

    @PlausibleDate
    @NotNull(message = "{meetingAction.dueOn.required}")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @PlausibleDate
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected MeetingAction() {
    }

    public MeetingAction(AgendaItem item, String description, Account owner, LocalDate dueOn) {
        this.item = item;
        this.description = TypedText.tidy(description);
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }

    public void markDone(LocalDate on) {
        doneOn = on;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getDescription() {
        return description;
    }

    public Account getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    /** Whether the person may mark it done: its owner, or someone who keeps the partnership's meetings. */
    public boolean closableBy(long accountId, boolean keepsMeetings) {
        return keepsMeetings || owner.getId() == accountId;
    }
}
