package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Finding a date through the poll pages: proposing times, answering them, scheduling the meeting. */
@ExtendWith(ArquillianExtension.class)
class PollPagesIT {

    private static final String DAY = LocalDate.now().plusMonths(1).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static Page follow(PortalClient client, Page redirect) {
        assertEquals(302, redirect.status(), redirect.body());
        return client.get(redirect.location().substring(redirect.location().indexOf("/w/")));
    }

    /** Proposes two times, the first at 10:00 and the second at 14:00 on the same day; the poll's page. */
    static Page proposeTwoTimes(PortalClient chair, HttpScenario scenario) {
        Page form = chair.get(scenario.inA("polls"));
        Map<String, String> rows = new HashMap<>(Map.of("propose:title", "Partnership board",
                "propose:rows:0:day", DAY, "propose:rows:0:start", "10:00", "propose:rows:0:end", "12:00",
                "propose:rows:1:day", DAY, "propose:rows:1:start", "14:00", "propose:rows:1:end", "16:00"));
        return follow(chair, chair.submit(form, "propose", rows, "propose:propose"));
    }

    @Test
    void aBadTimeIsRefusedBesideItsRowWithEverythingTypedKept() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page form = chair.get(scenario.inA("polls"));

        Page refused = chair.submit(form, "propose", Map.of("propose:title", "Partnership board",
                "propose:rows:0:day", DAY, "propose:rows:0:start", "10:00", "propose:rows:0:end", "12:00",
                "propose:rows:1:day", DAY, "propose:rows:1:start", "16:00", "propose:rows:1:end", "14:00"),
                "propose:propose");

        assertEquals(200, refused.status());
        assertEquals("The meeting must end after it starts.",
                refused.document().select("fieldset:has(#propose\\:rows\\:1\\:day) .error-message").text());
        assertEquals("16:00", refused.document().getElementById("propose:rows:1:start").val());
        assertEquals("Partnership board", refused.document().getElementById("propose:title").val());
        assertTrue(chair.get(scenario.inA("polls")).document().getElementById("no-polls") != null, "nothing was stored");
    }

    @Test
    void representativesAnswerAndTheChairSchedulesTheQuorateTime() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page poll = proposeTwoTimes(chair, scenario);
        String address = poll.response().uri().getPath() + "?" + poll.response().uri().getRawQuery();

        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page answered = follow(member, member.submit(member.get(address), "mine",
                Map.of("mine:slots:0:choice", "YES", "mine:slots:1:choice", "NO"), "mine:save"));
        assertTrue(answered.document().getElementById("grid").text().contains("Yes"));
        assertTrue(answered.document().select("#tally tbody tr").get(0).text().contains("Quorate"),
                answered.document().getElementById("tally").text());
        assertNull(answered.document().getElementById("scheduling"), "a member does not schedule");

        Page page = chair.get(address);
        String morning = page.document().select("#scheduling\\:slot option").get(1).attr("value");
        Page noVenue = chair.submit(page, "scheduling", Map.of("scheduling:slot", morning), "scheduling:schedule");
        assertEquals(200, noVenue.status());
        assertEquals("Enter where the meeting is held, or how to join it online, or both.",
                noVenue.document().select(".field:has(#scheduling\\:venue) .error-message").text());

        Page meeting = follow(chair, chair.submit(noVenue, "scheduling", Map.of("scheduling:slot", morning,
                "scheduling:venue", "Town Hall"), "scheduling:schedule"));
        assertTrue(meeting.document().getElementById("when").text().contains("10:00 to 12:00"),
                meeting.document().getElementById("when").text());
        Page closed = chair.get(address);
        assertTrue(closed.document().getElementById("scheduled").text().startsWith("This poll has closed"));
        assertNull(closed.document().getElementById("mine"), "a closed poll takes no more answers");
    }
}
