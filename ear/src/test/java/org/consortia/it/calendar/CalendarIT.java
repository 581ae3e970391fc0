package org.consortia.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meetings as iCalendar: one meeting's event, kept as one event through changes, and each person's private feed. */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static Calendar parsed(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        return new CalendarBuilder().build(new ByteArrayInputStream(response.body()));
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** Schedules a meeting through its page; the meeting's page. */
    private static Page schedule(PortalClient chair, String workspace, String title, LocalDate day) {
        Page form = chair.get(workspace + "/meeting");
        Page saved = chair.submit(form, "form", Map.of("form:title", title, "form:day", day.toString(),
                "form:startTime", "10:00", "form:endTime", "12:00", "form:venue", "Town Hall"), "form:save");
        assertEquals(302, saved.status(), saved.body());
        return chair.get(saved.location().substring(saved.location().indexOf("/w/")));
    }

    @Test
    void aMeetingKeepsOneEventWhoseSequenceRisesAndWhichSaysWhenItIsCancelled() throws Exception {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page meeting = schedule(chair, "/w/" + scenario.slugA, "Partnership board", LocalDate.of(2027, 7, 6));
        String ics = meeting.document().getElementById("ics").attr("href");

        VEvent first = parsed(chair.download(ics)).<VEvent>getComponents("VEVENT").get(0);
        String uid = property(first, "UID");
        assertNotNull(uid);
        assertEquals("0", property(first, "SEQUENCE"));
        assertEquals("CONFIRMED", property(first, "STATUS"));
        assertEquals("20270706T090000Z", property(first, "DTSTART"), "10:00 in London in July is 09:00 UTC");
        assertTrue(property(first, "SUMMARY").endsWith(": Partnership board"));

        Page changed = chair.submit(meeting, "form", Map.of("form:startTime", "11:00"), "form:save");
        assertEquals(302, changed.status(), changed.body());
        Page after = chair.get(changed.location().substring(changed.location().indexOf("/w/")));
        VEvent second = parsed(chair.download(ics)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(uid, property(second, "UID"), "the same event");
        assertEquals("1", property(second, "SEQUENCE"));
        assertEquals("20270706T100000Z", property(second, "DTSTART"));

        Page cancelled = chair.submit(after, "cancelling", Map.of(), "cancelling:cancel");
        assertEquals(302, cancelled.status(), cancelled.body());
        VEvent third = parsed(chair.download(ics)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(uid, property(third, "UID"));
        assertEquals("CANCELLED", property(third, "STATUS"));
        assertEquals("2", property(third, "SEQUENCE"));

        PortalClient chairOfB = scenario.signedIn(scenario.chairOfB);
        assertEquals(404, chairOfB.download(ics).statusCode(), "another workspace's meeting");
        assertEquals(404, chairOfB.download(ics.replace(scenario.slugA, scenario.slugB)).statusCode());
    }

    @Test
    void aPersonsFeedListsTheirOwnPartnershipsMeetingsWithoutASignInUntilTheyRenewOrRevokeIt() throws Exception {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.TERMS_ENDING);
        schedule(scenario.signedIn(scenario.chairOfA), "/w/" + scenario.slugA, "Board of A", LocalDate.now().plusDays(20));
        schedule(scenario.signedIn(scenario.chairOfB), "/w/" + scenario.slugB, "Board of B", LocalDate.now().plusDays(20));

        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page page = member.get("/account/calendar");
        assertEquals(200, page.status());
        assertNull(page.document().getElementById("new-address"));
        Page made = member.submit(page, "feed", Map.of(), "feed:renew");
        assertEquals(200, made.status(), made.body());
        String address = made.document().getElementById("address").val();
        String feed = address.substring(address.indexOf("/api/calendar/"));

        PortalClient calendarProgram = new PortalClient();
        Calendar calendar = parsed(calendarProgram.download(feed));
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> property(event, "SUMMARY")).toList();
        assertTrue(summaries.stream().anyMatch(summary -> summary.endsWith(": Board of A")), summaries.toString());
        assertFalse(summaries.stream().anyMatch(summary -> summary.endsWith(": Board of B")), "not their partnership");
        LocalDate ends = LocalDate.now().plusDays(20);
        VEvent deadline = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> property(event, "SUMMARY").startsWith("Due: ")).findFirst().orElseThrow();
        assertEquals("Due: Your term of office ends on " + UkDates.day(ends) + " (Partnership A " + scenario.tag + ")",
                property(deadline, "SUMMARY"));
        assertEquals(ends.format(DateTimeFormatter.BASIC_ISO_DATE), property(deadline, "DTSTART"), "an all-day event");
        assertTrue(property(deadline, "URL").endsWith("/w/" + scenario.slugA + "/members"), property(deadline, "URL"));
        assertEquals(1, summaries.stream().filter(summary -> summary.startsWith("Due: ")).count(),
                "their own deadline only: not their chair's, nor B's");
        assertNull(member.get("/account/calendar").document().getElementById("new-address"), "shown only once");

        Page renewed = member.submit(member.get("/account/calendar"), "feed", Map.of(), "feed:renew");
        String newAddress = renewed.document().getElementById("address").val();
        assertEquals(404, calendarProgram.download(feed).statusCode(), "the old address ends at once");
        String newFeed = newAddress.substring(newAddress.indexOf("/api/calendar/"));
        assertEquals(200, calendarProgram.download(newFeed).statusCode());

        Page off = member.submit(member.get("/account/calendar"), "feed", Map.of(), "feed:revoke");
        assertTrue(off.body().contains("Your calendar feed is turned off"));
        assertEquals(404, calendarProgram.download(newFeed).statusCode());
        assertEquals(404, calendarProgram.download("/api/calendar/" + "A".repeat(43) + ".ics").statusCode());
        assertEquals(404, calendarProgram.download("/api/calendar/short.ics").statusCode());
    }
}
