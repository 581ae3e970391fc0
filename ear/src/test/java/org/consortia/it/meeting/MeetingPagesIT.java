package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalPages;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The meeting pages, used as a browser would post them: errors beside the fields, nothing typed lost. */
@ExtendWith(ArquillianExtension.class)
class MeetingPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static String errorBeside(Document page, String field) {
        return page.select(".field:has(#form\\:" + field + ") .error-message").text();
    }

    @Test
    void theChairSetsTheRulesAndMembersReadThem() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page page = chair.get(scenario.inA("meeting-rules"));
        assertEquals(200, page.status());
        assertTrue(page.document().getElementById("defaults").text().startsWith("No rules have been set yet"));
        assertEquals("1 in 2 of the member organisations (rounded up), each represented by someone entitled to take part",
                page.document().getElementById("quorum").text());

        Page saved = chair.submit(page, "form", Map.of("form:quorumKind", "NUMBER", "form:quorumNumber", "3",
                "form:minimumMeetings", "6", "form:earliestStart", "10:00", "form:latestEnd", "16:30",
                "form:agendaNoticeDays", "7"), "form:save");
        assertEquals(302, saved.status(), saved.body());
        Page shown = chair.get(saved.location().substring(saved.location().indexOf("/w/")));
        assertTrue(shown.body().contains("The meeting rules have been saved."));
        assertNull(shown.document().getElementById("defaults"));
        assertEquals("6 in any twelve months", shown.document().getElementById("minimum").text());
        assertEquals("Monday to Friday, starting no earlier than 10:00 and ending by 16:30",
                shown.document().getElementById("window").text());
        assertNotNull(shown.document().getElementById("rules-history"), "a link to how the rules have changed");

        Page member = scenario.signedIn(scenario.memberOfA).get(scenario.inA("meeting-rules"));
        assertEquals("3 member organisations, each represented by someone entitled to take part",
                member.document().getElementById("quorum").text());
        assertNull(member.document().getElementById("form"), "members read the rules; they do not change them");
    }

    @Test
    void whatCannotBeSavedIsExplainedBesideItsFieldAndEverythingTypedStays() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page page = chair.get(scenario.inA("meeting-rules"));

        Page notANumber = chair.submit(page, "form", Map.of("form:minimumMeetings", "<script>alert(1)</script>",
                "form:earliestStart", "half past nine"), "form:save");
        assertEquals(200, notANumber.status());
        Document refused = notANumber.document();
        assertEquals("Enter a number of meetings from 0 to 52.", errorBeside(refused, "minimumMeetings"));
        assertEquals("Enter a time on the 24-hour clock, for example 09:30.", errorBeside(refused, "earliestStart"));
        assertEquals("<script>alert(1)</script>", refused.getElementById("form:minimumMeetings").val());
        assertEquals("half past nine", refused.getElementById("form:earliestStart").val());
        assertFalse(notANumber.body().contains("<script>alert(1)</script>"), "what was typed is shown as text");

        Page inconsistent = chair.submit(notANumber, "form", Map.of("form:minimumMeetings", "4",
                "form:earliestStart", "18:00", "form:latestEnd", "17:00", "form:quorumNumerator", "3",
                "form:quorumDenominator", "2"), "form:save");
        Document explained = inconsistent.document();
        assertTrue(explained.text().contains("There is a problem: check the fields marked below. Nothing has been saved."));
        assertEquals("The latest end must be after the earliest start.", errorBeside(explained, "latestEnd"));
        assertTrue(errorBeside(explained, "quorumNumerator").startsWith("The fraction cannot be more than all"));
        assertEquals("18:00", explained.getElementById("form:earliestStart").val());
        assertEquals("3", explained.getElementById("form:quorumNumerator").val());

        Page blanks = chair.submit(inconsistent, "form", Map.of("form:quorumKind", "NUMBER", "form:quorumNumber", "",
                "form:quorumNumerator", "1", "form:earliestStart", "09:00", "form:minimumMeetings", ""), "form:save");
        assertEquals(200, blanks.status(), "a number quorum left blank is explained, not a failure");
        assertEquals("Enter a number of meetings from 0 to 52.", errorBeside(blanks.document(), "minimumMeetings"),
                "a blank is not taken for 0");
        Page noNumber = chair.submit(blanks, "form", Map.of("form:minimumMeetings", "4"), "form:save");
        assertEquals("Enter how many member organisations make a quorum.",
                errorBeside(noNumber.document(), "quorumNumber"));
        assertEquals("1 in 2 of the member organisations (rounded up), each represented by someone entitled to take part",
                noNumber.document().getElementById("quorum").text(), "the rules in force, not what was typed");

        Page again = chair.get(scenario.inA("meeting-rules"));
        assertNotNull(again.document().getElementById("defaults"), "nothing was saved");
    }

    @Test
    void theChairSchedulesAMeetingAndMembersReadIt() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page form = chair.get(scenario.inA("meeting"));
        assertEquals(200, form.status());

        Page backwards = chair.submit(form, "form", Map.of("form:title", "Partnership board", "form:day", "2027-03-16",
                "form:startTime", "12:00", "form:endTime", "10:00", "form:venue", "Town Hall"), "form:save");
        assertEquals(200, backwards.status());
        assertEquals("The meeting must end after it starts.", errorBeside(backwards.document(), "endTime"));
        assertEquals("Partnership board", backwards.document().getElementById("form:title").val());
        assertEquals("Town Hall", backwards.document().getElementById("form:venue").text());

        Page saved = chair.submit(backwards, "form", Map.of("form:startTime", "10:00", "form:endTime", "12:00"),
                "form:save");
        assertEquals(302, saved.status(), saved.body());
        String address = saved.location().substring(saved.location().indexOf("/w/"));
        Page meeting = chair.get(address);
        assertTrue(meeting.body().contains("\"Partnership board\" has been saved."));
        assertEquals("16 Mar 2027, 10:00 to 12:00", meeting.document().getElementById("when").text());
        assertEquals("Planned", meeting.document().getElementById("state").text());

        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page list = member.get(scenario.inA("meetings"));
        assertEquals(address, PortalPages.linkOn(member, scenario.inA("meetings"), "a[href*='/meeting?id=']"));
        assertNull(list.document().getElementById("schedule"), "members do not schedule meetings");
        Page read = member.get(address);
        assertEquals("16 Mar 2027, 10:00 to 12:00", read.document().getElementById("when").text());
        assertNull(read.document().getElementById("form"));
        assertEquals(403, member.get(scenario.inA("meeting")).status());
    }
}
