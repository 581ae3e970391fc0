package org.consortia.meeting;

import java.io.Serializable;
import java.util.List;

/**
 * What happened at a meeting, as its page shows it: attendance of every representative in office on
 * the day (recorded or not yet), the observers and guests, the meeting's quorum, and per agenda item
 * the caller may read its declarations, its decision and its own quorum after withdrawals.
 */
public record MeetingRecord(Meeting meeting, List<Attendance> attendance, List<MeetingGuest> guests, Quorum quorum,
        List<ItemRecord> items, boolean mayManage, boolean started) implements Serializable {

    /** One item: who declared what, what was decided (null until recorded), and whether it was quorate. */
    public record ItemRecord(AgendaItem item, List<Declaration> declarations, Decision decision, Quorum quorum)
            implements Serializable {
    }

    /** Those who attended for their organisation, who may declare an interest. */
    public List<Attendance> attendees() {
        return attendance.stream().filter(Attendance::attended).toList();
    }

    /** Whether attendance, declarations and decisions may still be recorded. */
    public boolean open() {
        return mayManage && meeting.getState() != MeetingState.CANCELLED
                && meeting.getState() != MeetingState.MINUTES_APPROVED;
    }
}
