package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recording attendance, declarations and decisions through the meeting's record page. */
@ExtendWith(ArquillianExtension.class)
class MeetingRecordPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static Page follow(PortalClient client, Page redirect) {
        assertEquals(302, redirect.status(), redirect.body());
        return client.get(redirect.location().substring(redirect.location().indexOf("/w/")));
    }

    @Test
    void theChairRecordsAttendanceADeclarationAndDecisionsWithTheQuorumChecked() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page agenda = AgendaPagesIT.addItem(chair, AgendaPagesIT.agendaOfNewMeeting(chair, "/w/" + scenario.slugA,
                LocalDate.now().minusDays(1)), "Budget 2027/28", false);
        String meetingId = agenda.response().uri().getRawQuery().replaceAll(".*meeting=([0-9]+).*", "$1");
        Page record = chair.get(scenario.inA("meeting-record?meeting=" + meetingId));
        assertEquals(200, record.status());
        assertEquals("Inquorate: 0 of the 2 member organisations represented, 1 needed.",
                record.document().getElementById("quorum").text());
        assertEquals(3, record.document().select("#attendance fieldset").size(), "the three representatives of A");

        String chairLine = record.document().select("#attendance fieldset").get(0).selectFirst("input[type=text]")
                .attr("name").replace(":substitute", "");
        Map<String, String> presentWithSubstitute = new HashMap<>();
        presentWithSubstitute.put(chairLine + ":status", "PRESENT");
        presentWithSubstitute.put(chairLine + ":substitute", "Someone Else");
        Page refused = chair.submit(record, "attendance", presentWithSubstitute, "attendance:save");
        assertEquals(200, refused.status());
        String beside = refused.document().select("fieldset:has(input[name='" + chairLine + ":substitute'])"
                + " .error-message").text();
        assertTrue(beside.endsWith("was present, so nobody attended in their place: leave the substitute empty."), beside);
        assertEquals("Someone Else", refused.document().select("input[name='" + chairLine + ":substitute']").val(),
                "what was typed stays");

        Page saved = follow(chair, chair.submit(refused, "attendance", Map.of(chairLine + ":substitute", ""),
                "attendance:save"));
        assertEquals("Quorate: 1 of the 2 member organisations represented, 1 needed.",
                saved.document().getElementById("quorum").text());

        Page withGuest = follow(chair, chair.submit(saved, "guest", Map.of("guest:name", "Pat Visitor",
                "guest:capacity", "Observer, Healthwatch"), "guest:add"));
        assertTrue(withGuest.document().getElementById("guests").nextElementSiblings().text()
                .contains("Pat Visitor (Observer, Healthwatch)"));

        String item = withGuest.document().select("#declaring\\:item option:containsOwn(Budget 2027/28)").attr("value");
        String declarer = withGuest.document().select("#declaring\\:declaredBy option").last().attr("value");
        Page declared = follow(chair, chair.submit(withGuest, "declaring", Map.of("declaring:item", item,
                "declaring:declaredBy", declarer, "declaring:nature", "A relative works in the finance team.",
                "declaring:withdrew", "on"), "declaring:declare"));
        Element budget = declared.document().selectFirst("#item-records > li");
        assertTrue(budget.text().contains("A relative works in the finance team. (withdrew for the item)"), budget.text());
        assertTrue(budget.text().contains("Inquorate: 0 of the 2 member organisations represented, 1 needed."),
                "the only attendee withdrew");

        Page deciding = chair.get(budget.selectFirst("a:containsOwn(Record the decision)").attr("href"));
        Page inquorate = chair.submit(deciding, "deciding", Map.of("deciding:resolution", "To set the budget at £120,000.",
                "deciding:method", "CONSENSUS"), "deciding:save");
        assertEquals(200, inquorate.status());
        assertTrue(AgendaPagesIT.errorBeside(inquorate.document(), "deciding", "notedNotDecided")
                .endsWith("No decision can be taken: record the item as noted, not decided, or correct the attendance."));
        assertEquals("To set the budget at £120,000.", inquorate.document().getElementById("deciding:resolution").text());

        Page noted = follow(chair, chair.submit(inquorate, "deciding", Map.of("deciding:notedNotDecided", "on"),
                "deciding:save"));
        assertTrue(noted.document().selectFirst("#item-records > li .decision").text()
                .endsWith("Noted, not decided: the item was inquorate."));

        Page member = scenario.signedIn(scenario.memberOfA).get(scenario.inA("meeting-record?meeting=" + meetingId));
        assertEquals(200, member.status());
        assertNull(member.document().getElementById("attendance"), "members read the record; they do not keep it");
        assertNotNull(member.document().getElementById("attendance-list"));
    }

    @Test
    void anActionRecordedAtTheMeetingIsInTheLogAndItsOwnerMarksItDone() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page agenda = AgendaPagesIT.addItem(chair, AgendaPagesIT.agendaOfNewMeeting(chair, "/w/" + scenario.slugA,
                LocalDate.now().minusDays(1)), "Budget 2027/28", false);
        String meetingId = agenda.response().uri().getRawQuery().replaceAll(".*meeting=([0-9]+).*", "$1");
        Page record = chair.get(scenario.inA("meeting-record?meeting=" + meetingId));
        String item = record.document().select("#acting\\:item option:containsOwn(Budget 2027/28)").attr("value");
        String owner = record.document().select("#acting\\:owner option:containsOwn(member-a)").attr("value");

        Page missing = chair.submit(record, "acting", Map.of("acting:item", item, "acting:description",
                "Circulate the budget", "acting:dueOn", ""), "acting:add");
        assertEquals(200, missing.status());
        assertEquals("Choose the person who owns the action, from those who represent a member organisation.",
                AgendaPagesIT.errorBeside(missing.document(), "acting", "owner"));
        assertEquals("Circulate the budget", missing.document().getElementById("acting:description").text());

        follow(chair, chair.submit(missing, "acting", Map.of("acting:owner", owner, "acting:dueOn",
                LocalDate.now().plusDays(14).toString()), "acting:add"));

        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page home = member.get(scenario.inA(""));
        assertTrue(home.body().contains("1 action of yours is open"), "the owner is told on their page");
        Page log = member.get(scenario.inA("actions?show=OPEN&mine=true"));
        assertEquals(200, log.status());
        assertTrue(log.document().getElementById("list:table").text().contains("Circulate the budget"));
        Element done = log.document().selectFirst("input[value=Done]");
        assertNotNull(done, "the owner may mark it done");
        Page marked = follow(member, member.submit(log, "list", Map.of(), done.attr("name")));
        assertTrue(marked.body().contains("\"Circulate the budget\" is marked done."));
        assertTrue(member.get(scenario.inA("actions?show=DONE")).document().getElementById("list:table").text()
                .contains("Circulate the budget"));

        var csv = member.download("/api/w/" + scenario.slugA + "/actions.csv?show=DONE&mine=false");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Circulate the budget"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("actions-" + scenario.slugA + "-done.csv"));
        assertEquals(400, member.download("/api/w/" + scenario.slugA + "/actions.csv?show=NOPE").statusCode());
    }
}
