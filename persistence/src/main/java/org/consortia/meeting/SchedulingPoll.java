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
 * A poll to find when a meeting can be held: the slots proposed, each answered by the
 * representatives; open until the chosen slot is turned into the meeting it names.
 */
@Entity
@Table(name = "scheduling_poll")
@Audited
public class SchedulingPoll extends WorkspaceEntity {

    @NotBlank(message = "{poll.title.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String title;

    /** The meeting made from the chosen slot; null while the poll is open. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    protected SchedulingPoll() {
    }

    public SchedulingPoll(String title) {
        setTitle(title);
    }

    public boolean isOpen() {
        return meeting == null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = TypedText.tidy(title);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    /** Closes the poll with the meeting made from its chosen slot. */
    public void scheduled(Meeting made) {
        meeting = made;
    }
}
