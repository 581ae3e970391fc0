package org.consortia.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A meeting's agenda as its page shows it: the items in order with their papers (without those
 * taken in closed session, for a caller who may not read them, who then reads no item's history
 * either), when the agenda and papers were due, and what the caller may do with it.
 */
public record Agenda(Meeting meeting, List<Entry> entries, Instant dueBy, boolean mayManage, boolean readsClosedItems,
        boolean closedItemsHidden) implements Serializable {

    /** An item and its papers. */
    public record Entry(AgendaItem item, List<MeetingPaper> papers) implements Serializable {
    }

    /** Items may be added, changed, moved and removed until the agenda is published. */
    public boolean orderOpen() {
        return mayManage && meeting.getState() == MeetingState.PLANNED;
    }

    /** Papers may be added and replaced until the meeting is cancelled. */
    public boolean papersOpen() {
        return mayManage && meeting.getState() != MeetingState.CANCELLED;
    }

    public boolean publishedLate() {
        return meeting.getAgendaPublishedAt() != null && meeting.getAgendaPublishedAt().isAfter(dueBy);
    }

    /** Whether the paper's latest version came after the agenda and papers were due. */
    public boolean late(MeetingPaper paper) {
        return paper.getAddedAt().isAfter(dueBy);
    }

    /** Whether publishing now would be later than the rules allow. */
    public boolean overdue() {
        return meeting.getState() == MeetingState.PLANNED && Instant.now().isAfter(dueBy);
    }
}
