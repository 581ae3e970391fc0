package org.consortia.meeting;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The minutes of a meeting as the caller may read them: the meeting's own record (attendance,
 * declarations, decisions), the actions arising and the discussion minuted per item, where the
 * minutes are approved, and what the caller may do with them. {@code contentHash} is the SHA-256 of
 * the whole minutes, given only to those who read every item (it covers the closed ones too).
 */
public record MinutesDocument(MeetingRecord record, Minutes minutes, Map<Long, MinutesItem> discussions,
        Map<Long, List<MeetingAction>> actions, Decision approval, String contentHash, boolean mayDraft,
        boolean maySign, boolean mayCorrect) implements Serializable {

    public Meeting meeting() {
        return record.meeting();
    }

    /** Whether the meeting has been held, so that it has minutes. */
    public boolean drafted() {
        return meeting().getState() == MeetingState.HELD || meeting().getState() == MeetingState.MINUTES_APPROVED;
    }

    /** Whether the caller reads every item, closed ones too, and so each item's history. */
    public boolean readsEveryItem() {
        return contentHash != null;
    }

    public boolean signed() {
        return minutes != null && minutes.isSigned();
    }

    /** The agenda item of a later meeting at which these minutes are approved, or null. */
    public AgendaItem approvalItem() {
        return minutes == null ? null : minutes.getApprovalItem();
    }

    /** Whether the later meeting has decided on them (noted only, while inquorate, is not approval). */
    public boolean approved() {
        return approval != null && !approval.isNotedNotDecided();
    }

    /** The discussion minuted for an item, or null while nobody has written it. */
    public MinutesItem discussionOf(AgendaItem item) {
        return discussions.get(item.getId());
    }

    public List<MeetingAction> actionsOf(AgendaItem item) {
        return actions.getOrDefault(item.getId(), List.of());
    }

    public List<Attendance> withStatus(AttendanceStatus status) {
        return record.attendance().stream().filter(row -> row.getStatus() == status).toList();
    }
}
