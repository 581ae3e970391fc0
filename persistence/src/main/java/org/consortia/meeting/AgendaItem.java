package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * One item of a meeting's agenda: where it comes in the order, what it is, who leads it, and
 * whether it is taken in closed session (then only members see it, never observers or the public).
 */
@Entity
@Table(name = "agenda_item")
@Audited
public class AgendaItem extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "item_number", nullable = false)
    private int position;

    @NotBlank(message = "{agendaItem.title.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(length = 200)
    private String lead;

    @Column(name = "closed_session", nullable = false)
    private boolean closedSession;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting) {
        this.meeting = meeting;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = TypedText.tidy(title);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = TypedText.tidy(lead);
    }

    public boolean isClosedSession() {
        return closedSession;
    }

    public void setClosedSession(boolean closedSession) {
        this.closedSession = closedSession;
    }
}
