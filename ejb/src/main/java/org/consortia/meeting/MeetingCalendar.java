package org.consortia.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Meetings as iCalendar events, with deadlines beside them as all-day events. Each meeting keeps one UID for life and its SEQUENCE rises with
 * every saved change, so that calendars update the event they hold rather than add another; a
 * cancelled meeting says STATUS:CANCELLED.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /** A meeting with the partnership it belongs to and the address of its page. */
    public record Event(Meeting meeting, String partnershipName, String address) {
    }

    private MeetingCalendar() {
    }

    /** A deadline, shown as an all-day event on its day: {@code uid} names it once, whatever else changes. */
    public record Deadline(String uid, LocalDate day, String summary, String description, String address) {
    }

    public static byte[] of(List<Event> events) {
        return of(events, List.of());
    }

    /** The meetings, and the deadlines beside them. */
    public static byte[] of(List<Event> events, List<Deadline> deadlines) {
        Calendar calendar = new Calendar().withProdId("-//Consortia//Partnership meetings//EN").withDefaults()
                .getFluentTarget();
        for (Event event : events) {
            calendar.add(eventOf(event));
        }
        for (Deadline deadline : deadlines) {
            VEvent vevent = new VEvent(deadline.day(), deadline.summary());
            vevent.add(new Uid(deadline.uid()));
            vevent.add(new Description(deadline.description() + "\nIn the portal: " + deadline.address()));
            vevent.add(new Url(URI.create(deadline.address())));
            calendar.add(vevent);
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent eventOf(Event event) {
        Meeting meeting = event.meeting();
        VEvent vevent = new VEvent(meeting.getStartsAt(), meeting.getEndsAt(),
                event.partnershipName() + ": " + meeting.getTitle());
        vevent.add(new Uid("meeting-" + meeting.getId() + "@consortia"));
        vevent.add(new Sequence((int) meeting.getVersion()));
        vevent.add(new Status(meeting.getState() == MeetingState.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        vevent.add(new Location(meeting.getVenue() == null ? "Online" : meeting.getVenue()));
        vevent.add(new Description((meeting.getJoiningDetails() == null ? "" : "How to join online: "
                + meeting.getJoiningDetails() + "\n") + "The meeting in the portal: " + event.address()));
        vevent.add(new Url(URI.create(event.address())));
        return vevent;
    }
}
