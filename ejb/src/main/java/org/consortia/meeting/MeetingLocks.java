package org.consortia.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.consortia.access.InvalidInputException;

/**
 * A meeting locked until the transaction ends, so that changes to its record and minutes take
 * turns (two first saves of its attendance or of a decision included), and its minutes made when
 * first needed. Callers have checked the caller's permission.
 */
final class MeetingLocks {

    private MeetingLocks() {
    }

    /** The minutes of a held meeting whose minutes are not signed, for drafting or signing. */
    static Minutes lockedMinutes(EntityManager entityManager, Meeting meeting) {
        Meeting locked = lockedMeeting(entityManager, meeting.getId());
        switch (locked.getState()) {
            case HELD -> {
            }
            case MINUTES_APPROVED -> throw InvalidInputException.of("discussion", "The minutes are signed, so they are"
                    + " locked: correct them, giving the reason, to change them.");
            case CANCELLED -> throw InvalidInputException.of("discussion", "This meeting was cancelled: it has no"
                    + " minutes.");
            default -> throw InvalidInputException.of("discussion", "Minutes are drafted once the meeting has been"
                    + " recorded as held.");
        }
        return minutesOf(entityManager, locked);
    }

    static Minutes minutesOf(EntityManager entityManager, Meeting meeting) {
        return entityManager.createQuery("select m from Minutes m where m.meeting = :meeting", Minutes.class)
                .setParameter("meeting", meeting).getResultStream().findFirst()
                .orElseGet(() -> {
                    Minutes made = new Minutes(meeting);
                    entityManager.persist(made);
                    return made;
                });
    }

    /** The meeting as it now stands, locked until the transaction ends. */
    static Meeting lockedMeeting(EntityManager entityManager, long meetingId) {
        Meeting meeting = Lookups.meeting(entityManager, meetingId);
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        return meeting;
    }
}
