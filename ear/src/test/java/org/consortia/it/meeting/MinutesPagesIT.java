package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/** Minuting a held meeting through its minutes page: who may write, what is kept on a clash, the PDF. */
@ExtendWith(ArquillianExtension.class)
class MinutesPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static Page follow(PortalClient client, Page redirect) {
        assertEquals(302, redirect.status(), redirect.body());
        return client.get(redirect.location().substring(redirect.location().indexOf("/w/")));
    }

    /** A meeting held yesterday with an open and a closed item, recorded as held by the chair; its id. */
    static String heldMeeting(PortalClient chair, HttpScenario scenario) {
        Page agenda = AgendaPagesIT.agendaOfNewMeeting(chair, "/w/" + scenario.slugA, LocalDate.now().minusDays(1));
        agenda = AgendaPagesIT.addItem(chair, agenda, "Budget 2027/28", false);
        AgendaPagesIT.addItem(chair, agenda, "Staffing of the hub", true);
        String meetingId = agenda.response().uri().getRawQuery().replaceAll(".*meeting=([0-9]+).*", "$1");
        Page meeting = chair.get(scenario.inA("meeting?id=" + meetingId));
        follow(chair, chair.submit(meeting, "holding", Map.of(), "holding:held"));
        return meetingId;
    }

    /** Opens the editor of an item's discussion by its title. */
    private static Page edit(PortalClient client, Page minutes, String title) {
        Element form = minutes.document().selectFirst("li:has(h3:containsOwn(" + title + ")) form");
        assertTrue(form != null, "an edit button for " + title);
        Page editor = client.submit(minutes, form.id(), Map.of(), form.id() + ":edit");
        assertEquals(200, editor.status(), editor.body());
        return editor;
    }

    private static Page save(PortalClient client, Page editor, String html) {
        return client.submit(editor, "editor", Map.of("editor:discussion_input", html), "editor:save");
    }

    @Test
    void twoWritersOfOneItemMergeAndNothingTypedIsLost() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.COUNCIL_SECRETARIAT_IN_A);
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        PortalClient secretariat = scenario.signedIn(scenario.otherHeadOfService);
        String meetingId = heldMeeting(chair, scenario);
        String address = scenario.inA("minutes?meeting=" + meetingId);

        Page chairsEditor = edit(chair, chair.get(address), "Budget 2027/28");
        Page secretariatsEditor = edit(secretariat, secretariat.get(address), "Budget 2027/28");
        Page saved = follow(chair, save(chair, chairsEditor,
                "<p>The treasurer presented the budget.</p><script>alert('minutes')</script>"));
        String minuted = saved.document().selectFirst("li:has(h3:containsOwn(Budget 2027/28)) .section-content").html();
        assertEquals("<p>The treasurer presented the budget.</p>", minuted.strip());

        Page clash = save(secretariat, secretariatsEditor, "<p>Partners asked for a three-year view.</p>");
        assertEquals(200, clash.status());
        assertTrue(clash.document().getElementById("conflict-heading").text().endsWith("Nothing was saved."),
                clash.document().getElementById("conflict-heading").text());
        assertEquals("The treasurer presented the budget.", clash.document().getElementById("their-text").text());
        assertEquals("<p>Partners asked for a three-year view.</p>",
                clash.document().select("input[name='editor:discussion_input']").val(), "what they typed is kept");

        Page merged = follow(secretariat, save(secretariat, clash,
                "<p>The treasurer presented the budget.</p><p>Partners asked for a three-year view.</p>"));
        assertTrue(merged.document().selectFirst("li:has(h3:containsOwn(Budget 2027/28))").text()
                .contains("The treasurer presented the budget. Partners asked for a three-year view."));
        Page history = chair.get(merged.document().selectFirst("a[href*='history?record=MINUTES_ITEM']").attr("href"));
        assertEquals(200, history.status());
        assertTrue(history.body().contains("Partners asked for a three-year view."), "each version is kept");
        assertTrue(history.body().contains(scenario.otherHeadOfService), "with who saved it");
    }

    @Test
    void membersReadObserversMissClosedItemsAndNeitherWrites() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String meetingId = heldMeeting(chair, scenario);
        String address = scenario.inA("minutes?meeting=" + meetingId);
        follow(chair, save(chair, edit(chair, chair.get(address), "Staffing of the hub"),
                "<p>Confidential: two posts are at risk.</p>"));

        Page members = scenario.signedIn(scenario.memberOfA).get(address);
        assertEquals(200, members.status());
        assertTrue(members.document().getElementById("items").text().contains("two posts are at risk"));
        assertTrue(members.document().select("input[value='Minute the discussion']").isEmpty());
        assertNull(members.document().getElementById("signing"), "only the chair signs");

        PortalClient observer = scenario.signedIn(scenario.observerOfA);
        Page observed = observer.get(address);
        assertEquals(200, observed.status());
        assertTrue(observed.document().getElementById("items").text().contains("Budget 2027/28"));
        assertFalse(observed.body().contains("Staffing of the hub"));
        assertFalse(observed.body().contains("two posts are at risk"));

        HttpResponse<byte[]> pdf = chair.download("/api/w/" + scenario.slugA + "/meetings/" + meetingId + "/minutes.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aMeetingNotYetHeldSaysWhenItsMinutesCome() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page agenda = AgendaPagesIT.agendaOfNewMeeting(chair, "/w/" + scenario.slugA, LocalDate.now().plusDays(7));
        String meetingId = agenda.response().uri().getRawQuery().replaceAll(".*meeting=([0-9]+).*", "$1");

        Page minutes = chair.get(scenario.inA("minutes?meeting=" + meetingId));

        assertEquals(200, minutes.status());
        assertEquals("Minutes are drafted once the meeting has been recorded as held.",
                minutes.document().getElementById("not-held").text());
        assertEquals(404, chair.download("/api/w/" + scenario.slugA + "/meetings/" + meetingId + "/minutes.pdf")
                .statusCode());
    }
}
