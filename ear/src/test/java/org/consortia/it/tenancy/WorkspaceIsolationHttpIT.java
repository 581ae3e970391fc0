package org.consortia.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From the outside, a member of one partnership cannot see, post to or call another partnership's
 * workspace, nor read its history by id: every route answers 404. Each test works in partnerships of
 * its own; the public register and the database download read the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceIsolationHttpIT {

    private static final String CHAIR = "chair@consortia.test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void aMemberOpensTheirOwnWorkspace() {
        HttpScenario scenario = HttpScenario.build();
        Page home = scenario.signedIn(scenario.chairOfA).get(scenario.inA(""));
        assertEquals(200, home.status());
        assertEquals("Partnership A " + scenario.tag, home.document().select("#workspace-name").text());
        assertEquals("Chair", home.document().select("#my-role").text());
        assertTrue(home.document().select("#members").text().contains("Person " + scenario.memberOfA));
    }

    @Test
    void aMemberReadsEarlierVersionsOfTheirMemorandum() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        assertEquals(200, chair.get(scenario.inA("mou")).status());
        Page earlier = chair.get(scenario.inA("mou-history?heading=PARTNERSHIP_PRINCIPLES"));
        assertEquals(200, earlier.status());
        assertTrue(earlier.body().contains("mutual trust and respect"));
        String asOf = earlier.document().select("a[href*='mou-as-of?revision=']").attr("href");
        Page whole = chair.get(asOf);
        assertEquals(200, whole.status());
        assertTrue(whole.body().contains("Partnership principles"));
    }

    @Test
    void membersDownloadTheirMemorandumAsPdf() {
        HttpScenario scenario = HttpScenario.build();
        Page pdf = scenario.signedIn(scenario.chairOfA).get("/api" + scenario.inA("mou.pdf"));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        assertDownload(pdf, "memorandum-of-understanding-" + scenario.slugA + ".pdf");
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void anotherWorkspaceIsNotFoundByAnyRoute() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String own = "/w/" + scenario.slugA;
        String other = "/w/" + scenario.slugB;
        for (String path : List.of(other, other + "/", other + "/members", other + "/mou", "/workspace/mou.xhtml",
                "/api" + other + "/mou.pdf", "/api" + other + "/risks.xlsx", "/api" + other + "/risks.pdf",
                "/api" + other + "/form.pdf?form=insurance", "/api" + own + "/form.pdf?form=nope",
                other + "/conduct", other + "/meeting-rules", other + "/meetings",
                other + "/meeting", own + "/meeting?id=999999999", own + "/meeting?id=abc", other + "/agenda?meeting=1",
                own + "/agenda", own + "/agenda?meeting=abc", own + "/agenda?meeting=999999999",
                other + "/meeting-record?meeting=1", own + "/meeting-record", own + "/meeting-record?meeting=abc",
                own + "/meeting-record?meeting=999999999", other + "/actions", "/api" + other + "/actions.csv",
                "/api" + other + "/meetings/1/agenda-pack.pdf", "/api" + other + "/meetings/1.ics",
                other + "/minutes?meeting=1", own + "/minutes", own + "/minutes?meeting=999999999",
                other + "/polls", other + "/poll?id=1", own + "/poll", own + "/poll?id=abc", own + "/poll?id=999999999",
                "/api" + other + "/meetings/1/minutes.pdf", "/api" + own + "/meetings/999999999/minutes.pdf",
                "/api" + own + "/meetings/999999999/agenda-pack.pdf", "/api" + own + "/meetings/999999999.ics",
                "/api" + own + "/papers/999999999", "/api" + own + "/papers/abc", "/api" + other + "/papers/1", other + "/mou-history?heading=MEETINGS", own + "/mou-history?heading=NOPE",
                own + "/mou-as-of?revision=abc", own + "/mou-as-of", other + "/risks", other + "/risk",
                own + "/risk?id=999999999", own + "/risk?id=abc", other + "/form?form=risk-checklist",
                other + "/form-history?form=insurance", own + "/form", own + "/form?form=nope",
                own + "/form-history?form=nope", own + "/history?record=FORM_ANSWER&id=1",
                other + "/history?record=PARTNERSHIP&id=" + scenario.partnershipB, "/api" + other + "/members",
                "/w/no-such-workspace", own + "/no-such-page", "/workspace/home.xhtml",
                own + "/history?record=MEMBERSHIP&id=abc", own + "/history?record=NOPE&id=1", "/workspace/members.xhtml")) {
            Page page = chair.get(path);
            assertEquals(404, page.status(), path);
            assertFalse(page.body().contains("Partnership B " + scenario.tag), path);
        }
    }

    @Test
    void aFormPostToAnotherWorkspaceIsNotFoundAndChangesNothing() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String outsiders = "Outsider " + scenario.tag;
        Page own = chair.get(scenario.inA("members"));
        String viewState = own.document().select("#addMember input[name=jakarta.faces.ViewState]").val();
        String organisation = own.document().select("#addMember\\:organisation option").stream()
                .filter(option -> option.text().equals(outsiders)).findFirst().orElseThrow()
                .attr("value");
        Page post = chair.post("/w/" + scenario.slugB + "/members", Map.of("addMember", "addMember",
                "addMember:organisation", organisation, "addMember:joinedOn", "2026-01-01",
                "addMember:add", "Add member", "jakarta.faces.ViewState", viewState));
        assertEquals(404, post.status());

        Page otherMembers = scenario.signedIn(scenario.chairOfB).get("/w/" + scenario.slugB + "/members");
        assertEquals(200, otherMembers.status());
        assertTrue(otherMembers.document().select("#organisations td:containsOwn(" + outsiders + ")").isEmpty());
    }

    @Test
    void historyOfAnotherWorkspacesRecordsCannotBeReadById() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Set<Long> own = idsIn(chair.get(scenario.inA("members")).body(), "MEMBERSHIP");
        Set<Long> others = idsIn(scenario.signedIn(scenario.chairOfB).get("/w/" + scenario.slugB + "/members").body(),
                "MEMBERSHIP");
        assertFalse(own.isEmpty());
        assertFalse(others.isEmpty());
        long highest = own.stream().mapToLong(Long::longValue).max().orElseThrow() + 10;
        for (long id = highest - 40; id <= highest; id++) {
            int status = chair.get(scenario.inA("history?record=MEMBERSHIP&id=" + id)).status();
            assertEquals(own.contains(id) ? 200 : 404, status, "membership " + id);
        }
        for (long id : others) {
            assertEquals(404, chair.get(scenario.inA("history?record=MEMBERSHIP&id=" + id)).status(), "B's " + id);
        }
        assertEquals(404, chair.get(scenario.inA("history?record=ACCOUNT&id=1")).status());
    }

    @Test
    void oversightRolesReadAnyWorkspaceButCouncilStaffWithoutThemDoNot() {
        HttpScenario scenario = HttpScenario.build();
        assertEquals(200, scenario.signedIn(scenario.cmt).get("/w/" + scenario.slugB).status());
        assertEquals(404, scenario.signedIn(scenario.admin).get("/w/" + scenario.slugB).status());
    }

    @Test
    void theSwitcherListsOnlyTheUsersOwnWorkspaces() {
        HttpScenario scenario = HttpScenario.build();
        Page home = scenario.signedIn(scenario.chairOfA).get("/");
        assertEquals(List.of("Partnership A " + scenario.tag), home.document().select("#my-workspaces a").eachText());
        Page officer = new PortalClient().signedInAs("officer@consortia.test", PortalClient.DEMO_PASSWORD).get("/");
        assertEquals(List.of("Redditch Community Safety Partnership", "Redditch Partnership"),
                officer.document().select("#my-workspaces a").eachText(), "one for each workspace, in order");
    }

    @Test
    void thePublicRegisterIsOpenToAnyoneInThreeFormats() {
        PortalClient visitor = new PortalClient();
        Page page = visitor.get("/register");
        assertEquals(200, page.status());
        assertTrue(page.document().select("#register").text().contains("Shared Services Board"));

        Page entry = visitor.get("/register-entry?slug=community-safety");
        assertEquals(200, entry.status());
        assertEquals("Redditch Community Safety Partnership", entry.document().selectFirst("h1").text());
        assertTrue(entry.document().getElementById("meetings-heading") != null);
        assertEquals(404, visitor.get("/register-entry?slug=no-such-partnership").status());
        assertEquals(404, visitor.get("/register-entry").status());

        Page json = visitor.get("/register.json");
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"slug\":\"community-safety\""));
        assertTrue(json.body().contains("\"name\":\"Redditch Community Safety Partnership\""));
        assertFalse(json.body().contains("01527"), "no contact details in the public register");

        Page csv = visitor.get("/register.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertDownload(csv, "partnership-register.csv");
        assertTrue(csv.body().contains("\"Redditch Partnership\",\"redditch-partnership\""));
    }

    @Test
    void theDatabaseDownloadIsForCouncilStaffAndFollowsTheFilters() {
        PortalClient cmt = new PortalClient().signedInAs("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
        Page all = cmt.get("/partnerships/export.csv?text=Redditch");
        assertEquals(200, all.status());
        assertTrue(all.header("Content-Type").orElse("").startsWith("text/csv"));
        assertDownload(all, "partnership-database.csv");
        assertTrue(all.body().contains("\"Council resources: Health & Safety\""), "a column per council resource");
        assertTrue(all.body().contains("\"Redditch Community Safety Partnership\",\"community-safety\""));
        assertTrue(all.body().contains("\"£25,000 a year\""));
        assertTrue(all.body().contains("\"Redditch Partnership\",\"redditch-partnership\""));

        Page statutory = cmt.get("/partnerships/export.csv?text=Redditch&statutory=true");
        assertTrue(statutory.body().contains("\"community-safety\""));
        assertFalse(statutory.body().contains("\"redditch-partnership\""));

        assertEquals(400, cmt.get("/partnerships/export.csv?type=NOT_A_TYPE").status());
        Page anonymous = new PortalClient().get("/partnerships/export.csv");
        assertEquals(302, anonymous.status(), "signing in comes first");
        assertTrue(anonymous.header("Location").orElse("").endsWith("/login"), anonymous.header("Location").orElse(""));
        assertEquals(302, new PortalClient().get("/api/partnerships/export.csv").status(), "by its own address too");
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        Page refused = chair.get("/partnerships/export.csv");
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("Council resources:"));

        Page portfolio = cmt.get("/partnerships/risks");
        assertEquals(200, portfolio.status(), "the council's portfolio of risks");
        assertTrue(portfolio.body().contains("Home Office grant for the Safer Streets scheme ends"));
        assertEquals(403, chair.get("/partnerships/risks").status());
        Page portfolioCsv = cmt.get("/partnerships/risks.csv");
        assertEquals(200, portfolioCsv.status());
        assertDownload(portfolioCsv, "risks-above-tolerance.csv");
        assertTrue(portfolioCsv.body().contains("\"Redditch Community Safety Partnership\",\"community-safety\","
                + "\"Home Office grant for the Safer Streets scheme ends\",\"Financial\",\"16\",\"12\""), portfolioCsv.body());
        Page refusedCsv = chair.get("/partnerships/risks.csv");
        assertEquals(403, refusedCsv.status());
        assertFalse(refusedCsv.body().contains("Home Office grant"));
    }

    /** Saved as a file under its own name, and kept by no cache on the way. */
    private static void assertDownload(Page download, String fileName) {
        assertEquals("attachment; filename=\"" + fileName + "\"", download.header("Content-Disposition").orElse(""));
        assertEquals("private, no-store", download.header("Cache-Control").orElse(""));
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
    }

    private static Set<Long> idsIn(String html, String record) {
        Matcher matcher = Pattern.compile("record=" + record + "&amp;id=(\\d+)").matcher(html);
        return matcher.results().map(result -> Long.parseLong(result.group(1))).collect(Collectors.toSet());
    }
}
