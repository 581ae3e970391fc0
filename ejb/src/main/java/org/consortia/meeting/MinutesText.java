package org.consortia.meeting;

import org.consortia.text.Sha256;
import org.consortia.text.UkDates;

/**
 * The minutes as one canonical text, in the order they are read: what the chair's signature binds
 * to. Any change to the record, an action or a minuted discussion changes its SHA-256.
 */
final class MinutesText {

    private MinutesText() {
    }

    static String hash(MinutesDocument minutes) {
        return Sha256.hex(canonical(minutes));
    }

    static String canonical(MinutesDocument minutes) {
        Meeting meeting = minutes.meeting();
        StringBuilder text = new StringBuilder();
        line(text, "meeting", meeting.getTitle());
        line(text, "held", meeting.getStartsAt() + " to " + meeting.getEndsAt());
        line(text, "venue", meeting.getVenue());
        for (Attendance row : minutes.record().attendance()) {
            line(text, "attendance", row.getRepresentative().getAccount().getName() + " | " + row.getStatus()
                    + " | " + row.getSubstitute());
        }
        for (MeetingGuest guest : minutes.record().guests()) {
            line(text, "guest", guest.getName() + " | " + guest.getCapacity());
        }
        for (MeetingRecord.ItemRecord record : minutes.record().items()) {
            AgendaItem item = record.item();
            line(text, "item", item.getPosition() + " | " + item.getTitle() + " | " + item.isClosedSession());
            for (Declaration declaration : record.declarations()) {
                line(text, "declaration", declaration.getDeclaredBy().attendeeName() + " | " + declaration.getNature()
                        + " | " + declaration.isWithdrew());
            }
            MinutesItem discussion = minutes.discussionOf(item);
            line(text, "discussion", discussion == null ? "" : discussion.getDiscussion());
            Decision decision = record.decision();
            if (decision != null) {
                line(text, "decision", decision.getResolution() + " | " + decision.outcomeInWords());
            }
            for (MeetingAction action : minutes.actionsOf(item)) {
                line(text, "action", action.getDescription() + " | " + action.getOwner().getName() + " | "
                        + UkDates.day(action.getDueOn()));
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        // Each value on its own line, its own line breaks escaped, so no two texts read the same.
        text.append(label).append(": ").append(value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
    }
}
