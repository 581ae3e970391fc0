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

/** Someone at a meeting who does not take part in its decisions: an observer or a guest. */
@Entity
@Table(name = "meeting_guest")
@Audited
public class MeetingGuest extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @NotBlank(message = "{meetingGuest.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(length = 200)
    private String capacity;

    protected MeetingGuest() {
    }

    public MeetingGuest(Meeting meeting) {
        this.meeting = meeting;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = TypedText.tidy(name);
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = TypedText.tidy(capacity);
    }
}
