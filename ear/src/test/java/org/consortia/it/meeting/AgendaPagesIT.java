package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agenda page used as a browser would post it, papers uploaded and downloaded over HTTP. */
@ExtendWith(ArquillianExtension.class)
class AgendaPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    static String errorBeside(Document page, String form, String field) {
        return page.select(".field:has(#" + form + "\\:" + field + ") .error-message").text();
    }

    /** Schedules a meeting through its page and opens its agenda, as the chair of the workspace. */
    static Page agendaOfNewMeeting(PortalClient chair, String workspace, LocalDate day) {
        Page form = chair.get(workspace + "/meeting");
        Page saved = chair.submit(form, "form", Map.of("form:title", "Partnership board", "form:day", day.toString(),
                "form:startTime", "10:00", "form:endTime", "12:00", "form:venue", "Town Hall"), "form:save");
        assertEquals(302, saved.status(), saved.body());
        Page meeting = chair.get(saved.location().substring(saved.location().indexOf("/w/")));
        Element link = meeting.document().getElementById("agenda-link");
        assertNotNull(link, "the meeting links to its agenda");
        return chair.get(link.attr("href"));
    }

    static Page addItem(PortalClient chair, Page agenda, String title, boolean closed) {
        Page added = chair.submit(agenda, "agendaItem", closed ? Map.of("agendaItem:title", title, "agendaItem:closedSession", "on")
                : Map.of("agendaItem:title", title), "agendaItem:save");
        assertEquals(302, added.status(), added.body());
        return chair.get(added.location().substring(added.location().indexOf("/w/")));
    }

    private static String itemValue(Page agenda, String title) {
        return agenda.document().select("#paper\\:item option:containsOwn(" + title + ")").attr("value");
    }

    @Test
    void theChairBuildsAnAgendaUploadsAPaperAndEveryoneDownloadsItAsAnAttachment() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page agenda = agendaOfNewMeeting(chair, "/w/" + scenario.slugA, LocalDate.now().plusDays(40));
        assertEquals(200, agenda.status());
        assertNotNull(agenda.document().getElementById("no-items"));

        Page untitled = chair.submit(agenda, "agendaItem", Map.of("agendaItem:title", "", "agendaItem:lead", "Jane Smith"), "agendaItem:save");
        assertEquals(200, untitled.status());
        assertEquals("Enter a title for the agenda item.", errorBeside(untitled.document(), "agendaItem", "title"));
        assertEquals("Jane Smith", untitled.document().getElementById("agendaItem:lead").val(), "what was typed stays");

        agenda = addItem(chair, agenda, "Budget 2027/28", false);
        agenda = addItem(chair, agenda, "Staffing", true);
        assertEquals("Budget 2027/28 Staffing", agenda.document().select("#agenda > li > strong").text());

        Page zip = chair.submitWithFile(agenda, "paper", Map.of("paper:item", itemValue(agenda, "Budget 2027/28")),
                "paper:file", "budget.pdf", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "paper:upload");
        assertEquals(200, zip.status(), zip.body());
        assertEquals("\"budget.pdf\" is not a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file: its content"
                + " is not one of those, whatever its name says.", errorBeside(zip.document(), "paper", "file"));

        Page uploaded = chair.submitWithFile(agenda, "paper", Map.of("paper:item", itemValue(agenda, "Budget 2027/28")),
                "paper:file", "Budget draft.pdf", AgendaServiceIT.PDF, "paper:upload");
        assertEquals(302, uploaded.status(), uploaded.body());
        agenda = chair.get(uploaded.location().substring(uploaded.location().indexOf("/w/")));
        Element paperLink = agenda.document().selectFirst("#agenda a[id^=paper-]");
        assertNotNull(paperLink);
        assertEquals("Budget draft.pdf", paperLink.text());

        HttpResponse<byte[]> pack = chair.download(agenda.document().getElementById("pack").attr("href"));
        assertEquals(200, pack.statusCode());
        assertEquals("application/pdf", pack.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<byte[]> download = scenario.signedIn(scenario.memberOfA).download(paperLink.attr("href"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(AgendaServiceIT.PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=\"paper-[0-9]+-budget-draft\\.pdf\""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());

        byte[] revised = (new String(AgendaServiceIT.PDF, StandardCharsets.US_ASCII) + "% final\n")
                .getBytes(StandardCharsets.US_ASCII);
        Page replaced = chair.submitWithFile(agenda, "replacing", Map.of("replacing:paper",
                agenda.document().select("#replacing\\:paper option").attr("value")), "replacing:file",
                "Budget final.pdf", revised, "replacing:replace");
        assertEquals(302, replaced.status(), replaced.body());
        agenda = chair.get(replaced.location().substring(replaced.location().indexOf("/w/")));
        assertEquals("Budget final.pdf", agenda.document().selectFirst("#agenda a[id^=paper-]").text());
        assertArrayEquals(revised, chair.download(paperLink.attr("href")).body());
        Page versions = chair.get(agenda.document().selectFirst("#agenda a:containsOwn(Versions)").attr("href"));
        Element first = versions.document().selectFirst("#history a:containsOwn(Download version 1)");
        assertNotNull(first, versions.body());
        assertArrayEquals(AgendaServiceIT.PDF, chair.download(first.attr("href")).body(), "the first version is kept");

        Page observed = scenario.signedIn(scenario.observerOfA).get(agenda.response().uri().getRawPath()
                + "?" + agenda.response().uri().getRawQuery());
        assertEquals("Budget 2027/28", observed.document().select("#agenda > li > strong").text(),
                "observers see open items only");
        assertNotNull(observed.document().getElementById("closed-hidden"));
        assertNull(observed.document().getElementById("agendaItem"), "observers change nothing");

        Page published = chair.submit(agenda, "publishing", Map.of(), "publishing:publish");
        assertEquals(302, published.status(), published.body());
        Page home = scenario.signedIn(scenario.memberOfA).get(scenario.inA(""));
        assertTrue(home.body().contains("Agenda published: Partnership board"), "members are told on their page");
        Page frozen = chair.get(published.location().substring(published.location().indexOf("/w/")));
        assertNull(frozen.document().getElementById("agendaItem"), "the order is frozen once published");
        assertNotNull(frozen.document().getElementById("paper"), "papers may still be added");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page agenda = addItem(chair, agendaOfNewMeeting(chair, "/w/" + scenario.slugA, LocalDate.now().plusDays(40)),
                "Budget 2027/28", false);
        byte[] justOver = Arrays.copyOf(AgendaServiceIT.PDF, 20 * 1024 * 1024 + 1);
        Page over = chair.submitWithFile(agenda, "paper", Map.of("paper:item", itemValue(agenda, "Budget 2027/28")),
                "paper:file", "budget.pdf", justOver, "paper:upload");
        assertEquals(200, over.status());
        assertEquals("\"budget.pdf\" is larger than 20 MB, the most a file may be: make it smaller, or split it into"
                + " several files.", errorBeside(over.document(), "paper", "file"));

        byte[] farOver = Arrays.copyOf(AgendaServiceIT.PDF, 30 * 1024 * 1024);
        Page refused = chair.submitWithFile(agenda, "paper", Map.of("paper:item", itemValue(agenda, "Budget 2027/28")),
                "paper:file", "budget.pdf", farOver, "paper:upload");
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.body().contains("A file may be at most 20 MB. Nothing has been saved."), refused.body());
        Page unchanged = chair.get(agenda.response().uri().getRawPath() + "?" + agenda.response().uri().getRawQuery());
        assertTrue(unchanged.document().select("#agenda a[id^=paper-]").isEmpty(), "nothing was stored");
    }

    @Test
    void anotherWorkspacesAgendaAndPapersAreNotFound() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chairOfB = scenario.signedIn(scenario.chairOfB);
        String workspaceB = "/w/" + scenario.slugB;
        Page agenda = addItem(chairOfB, agendaOfNewMeeting(chairOfB, workspaceB, LocalDate.now().plusDays(40)),
                "Budget 2027/28", false);
        Page uploaded = chairOfB.submitWithFile(agenda, "paper", Map.of("paper:item", itemValue(agenda, "Budget 2027/28")),
                "paper:file", "budget.pdf", AgendaServiceIT.PDF, "paper:upload");
        assertEquals(302, uploaded.status(), uploaded.body());
        agenda = chairOfB.get(uploaded.location().substring(uploaded.location().indexOf("/w/")));
        String paper = agenda.document().selectFirst("#agenda a[id^=paper-]").attr("href");
        String paperId = paper.substring(paper.lastIndexOf('/') + 1);
        String meetingId = agenda.response().uri().getRawQuery().replaceAll(".*meeting=([0-9]+).*", "$1");

        PortalClient chairOfA = scenario.signedIn(scenario.chairOfA);
        for (String path : new String[] {paper, "/api/w/" + scenario.slugA + "/papers/" + paperId,
                scenario.inA("agenda?meeting=" + meetingId), workspaceB + "/agenda?meeting=" + meetingId}) {
            Page answer = chairOfA.get(path);
            assertEquals(404, answer.status(), path);
            assertFalse(answer.body().contains("Budget 2027/28"), path);
        }
    }
}
