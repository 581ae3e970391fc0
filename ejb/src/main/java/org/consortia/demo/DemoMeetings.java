package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingState;

/**
 * The Community Safety Partnership's meeting rules and meetings for the demo: quarterly board
 * meetings, one held last quarter and the next one planned, and an extraordinary meeting called
 * after a serious incident. Dates follow today's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoMeetings {

    @PersistenceContext
    EntityManager entityManager;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        MeetingRules rules = new MeetingRules();
        rules.setMinimumMeetings(4);
        rules.setAgendaNoticeDays(5);
        entityManager.persist(rules);

        LocalDate today = LocalDate.now();
        LocalDate lastQuarter = today.minusMonths(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate nextQuarter = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Meeting held = meeting("Partnership board", MeetingKind.ORDINARY, lastQuarter, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Town Hall, Walter Stranz Square, Redditch B98 8AH", null, true);
        held.setState(MeetingState.HELD);
        meeting("Partnership board", MeetingKind.ORDINARY, nextQuarter, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Town Hall, Walter Stranz Square, Redditch B98 8AH", "Microsoft Teams: the link is sent with the agenda",
                true);
        Meeting extraordinary = meeting("Response to the town centre disorder", MeetingKind.EXTRAORDINARY,
                today.minusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), LocalTime.of(14, 0),
                LocalTime.of(15, 0), null, "Microsoft Teams: the link was sent by e-mail", false);
        extraordinary.setConvenedBy("The chair, at the request of West Mercia Police");
        extraordinary.setConvenedBecause("To agree the partners' joint response to the disorder of the weekend before.");
        extraordinary.setState(MeetingState.HELD);
    }

    private Meeting meeting(String title, MeetingKind kind, LocalDate day, LocalTime start, LocalTime end, String venue,
            String joining, boolean open) {
        Meeting meeting = new Meeting();
        meeting.setTitle(title);
        meeting.setKind(kind);
        meeting.scheduleOn(day, start, end);
        meeting.setVenue(venue);
        meeting.setJoiningDetails(joining);
        meeting.setOpenToPublic(open);
        entityManager.persist(meeting);
        return meeting;
    }
}
