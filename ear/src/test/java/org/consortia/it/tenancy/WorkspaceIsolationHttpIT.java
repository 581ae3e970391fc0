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
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From the outside, a member of one partnership cannot see, post to or call another partnership's
 * workspace, nor read its history by id: every route answers 404.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceIsolationHttpIT {

    private static final String CHAIR = "chair@consortia.test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberOpensTheirOwnWorkspace() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        Page home = chair.get("/w/community-safety");
        assertEquals(200, home.status());
        assertEquals("Redditch Community Safety Partnership", home.document().select("#workspace-name").text());
        assertEquals("Chair", home.document().select("#my-role").text());
        assertTrue(home.document().select("#members").text().contains("Morgan Member"));
    }

    @Test
    void aMemberReadsEarlierVersionsOfTheirMemorandum() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        assertEquals(200, chair.get("/w/community-safety/mou").status());
        Page earlier = chair.get("/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES");
        assertEquals(200, earlier.status());
        assertTrue(earlier.body().contains("mutual trust and respect"));
        String asOf = earlier.document().select("a[href*='mou-as-of?revision=']").attr("href");
        Page whole = chair.get(asOf);
        assertEquals(200, whole.status());
        assertTrue(whole.body().contains("Partnership principles"));
    }

    @Test
    void membersDownloadTheirMemorandumAsPdf() {
        Page pdf = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD).get("/api/w/community-safety/mou.pdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void anotherWorkspaceIsNotFoundByAnyRoute() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        for (String path : List.of("/w/shared-services", "/w/shared-services/", "/w/shared-services/members",
                "/w/shared-services/mou", "/workspace/mou.xhtml", "/api/w/shared-services/mou.pdf",
                "/api/w/shared-services/risks.xlsx", "/api/w/shared-services/risks.pdf",
                "/api/w/shared-services/risk-form.pdf?form=insurance", "/api/w/community-safety/risk-form.pdf?form=nope",
                "/w/shared-services/conduct", "/w/shared-services/mou-history?heading=MEETINGS",
                "/w/community-safety/mou-history?heading=NOPE", "/w/community-safety/mou-as-of?revision=abc",
                "/w/community-safety/mou-as-of", "/w/shared-services/risks", "/w/shared-services/risk",
                "/w/community-safety/risk?id=999999999", "/w/community-safety/risk?id=abc",
                "/w/shared-services/risk-form?form=checklist", "/w/shared-services/risk-form-history?form=insurance",
                "/w/community-safety/risk-form", "/w/community-safety/risk-form?form=nope",
                "/w/community-safety/risk-form-history?form=nope", "/w/community-safety/history?record=FORM_ANSWER&id=1",
                "/w/shared-services/history?record=PARTNERSHIP&id=1", "/api/w/shared-services/members",
                "/w/no-such-workspace", "/w/community-safety/no-such-page", "/workspace/home.xhtml",
                "/w/community-safety/history?record=MEMBERSHIP&id=abc", "/w/community-safety/history?record=NOPE&id=1",
                "/workspace/members.xhtml")) {
            Page page = chair.get(path);
            assertEquals(404, page.status(), path);
            assertFalse(page.body().contains("Shared Services Board"), path);
        }
    }

    @Test
    void aFormPostToAnotherWorkspaceIsNotFoundAndChangesNothing() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        Page own = chair.get("/w/community-safety/members");
        String viewState = own.document().select("#addMember input[name=jakarta.faces.ViewState]").val();
        String organisation = own.document().select("#addMember\\:organisation option").stream()
                .filter(option -> option.text().equals("Bromsgrove District Council")).findFirst().orElseThrow()
                .attr("value");
        Page post = chair.post("/w/shared-services/members", Map.of("addMember", "addMember",
                "addMember:organisation", organisation, "addMember:joinedOn", "2026-01-01",
                "addMember:add", "Add member", "jakarta.faces.ViewState", viewState));
        assertEquals(404, post.status());

        PortalClient strategy = new PortalClient().signedInAs("strategy@consortia.test", PortalClient.DEMO_PASSWORD);
        Page sharedServices = strategy.get("/w/shared-services/members");
        assertEquals(1, sharedServices.document().select("#organisations td:containsOwn(Bromsgrove District Council)").size());
    }

    @Test
    void historyOfAnotherWorkspacesRecordsCannotBeReadById() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        Set<Long> own = idsIn(chair.get("/w/community-safety/members").body(), "MEMBERSHIP");
        assertFalse(own.isEmpty());
        long highest = own.stream().mapToLong(Long::longValue).max().orElseThrow() + 10;
        for (long id = 1; id <= highest; id++) {
            int status = chair.get("/w/community-safety/history?record=MEMBERSHIP&id=" + id).status();
            assertEquals(own.contains(id) ? 200 : 404, status, "membership " + id);
        }
        assertEquals(404, chair.get("/w/community-safety/history?record=ACCOUNT&id=1").status());
    }

    @Test
    void oversightRolesReadAnyWorkspaceButCouncilStaffWithoutThemDoNot() {
        assertEquals(200, new PortalClient().signedInAs("scrutiny@consortia.test", PortalClient.DEMO_PASSWORD)
                .get("/w/shared-services").status());
        assertEquals(404, new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD)
                .get("/w/shared-services").status());
    }

    @Test
    void theSwitcherListsOnlyTheUsersOwnWorkspaces() {
        Page home = new PortalClient().signedInAs("officer@consortia.test", PortalClient.DEMO_PASSWORD).get("/");
        List<String> listed = home.document().select("#my-workspaces a").eachText();
        assertEquals(List.of("Redditch Community Safety Partnership", "Redditch Partnership"), listed);
    }

    @Test
    void thePublicRegisterIsOpenToAnyoneInThreeFormats() {
        PortalClient visitor = new PortalClient();
        Page page = visitor.get("/register");
        assertEquals(200, page.status());
        assertTrue(page.document().select("#register").text().contains("Shared Services Board"));

        Page json = visitor.get("/register.json");
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"slug\":\"community-safety\""));
        assertTrue(json.body().contains("\"name\":\"Redditch Community Safety Partnership\""));
        assertFalse(json.body().contains("01527"), "no contact details in the public register");

        Page csv = visitor.get("/register.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"Redditch Partnership\",\"redditch-partnership\""));
    }

    @Test
    void theDatabaseDownloadIsForCouncilStaffAndFollowsTheFilters() {
        PortalClient cmt = new PortalClient().signedInAs("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
        Page all = cmt.get("/partnerships/export.csv?text=Redditch");
        assertEquals(200, all.status());
        assertTrue(all.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(all.body().contains("\"Council resources: Health & Safety\""), "a column per council resource");
        assertTrue(all.body().contains("\"Redditch Community Safety Partnership\",\"community-safety\""));
        assertTrue(all.body().contains("\"£25,000 a year\""));
        assertTrue(all.body().contains("\"Redditch Partnership\",\"redditch-partnership\""));

        Page statutory = cmt.get("/partnerships/export.csv?text=Redditch&statutory=true");
        assertTrue(statutory.body().contains("\"community-safety\""));
        assertFalse(statutory.body().contains("\"redditch-partnership\""));

        assertEquals(400, cmt.get("/partnerships/export.csv?type=NOT_A_TYPE").status());
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
        assertTrue(portfolioCsv.body().contains("\"Redditch Community Safety Partnership\",\"community-safety\","
                + "\"Home Office grant for the Safer Streets scheme ends\",\"Financial\",\"16\",\"12\""), portfolioCsv.body());
        Page refusedCsv = chair.get("/partnerships/risks.csv");
        assertEquals(403, refusedCsv.status());
        assertFalse(refusedCsv.body().contains("Home Office grant"));
    }

    private static Set<Long> idsIn(String html, String record) {
        Matcher matcher = Pattern.compile("record=" + record + "&amp;id=(\\d+)").matcher(html);
        return matcher.results().map(result -> Long.parseLong(result.group(1))).collect(Collectors.toSet());
    }
}
