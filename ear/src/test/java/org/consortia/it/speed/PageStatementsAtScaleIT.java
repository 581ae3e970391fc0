package org.consortia.it.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.identity.CouncilRole;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalPages;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.StatementCounter;
import org.consortia.membership.WorkspaceRole;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page's statements do not grow with what it shows or with the portal around it: each page of a
 * workspace costs exactly as many statements after the workspace has grown to 50 members, 300 risk
 * entries and 40 more revisions of its Memorandum, among 100 more workspaces, as it did when small.
 * The workspace is built in the server (the seed deployment) and its pages read over HTTP. Its
 * entries are scored below tolerance, so that they leave the council's portfolio to other tests.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageStatementsAtScaleIT {

    private static final String SLUG = "at-scale";
    private static final String CHAIR = "chair@at-scale.example.org";
    private static final int MEMBERS = 50;
    private static final int ENTRIES = 300;
    private static final int REVISIONS = 40;
    private static final int OTHER_WORKSPACES = 100;


    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MouService mou;

    @Deployment(name = "seed")
    static WebArchive seed() {
        return Deployments.services(PageStatementsAtScaleIT.class);
    }

    @Deployment(name = "portal", testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    @Order(1)
    @OperateOnDeployment("seed")
    void aSmallWorkspaceIsSetUp() {
        long council = fixtures.organisation("At Scale Council");
        long chair = fixtures.account(CHAIR, council);
        long headOfService = fixtures.account("head@at-scale.example.org", council, CouncilRole.HEAD_OF_SERVICE);
        long partnership = fixtures.partnership("At Scale Partnership", SLUG, headOfService);
        CurrentWorkspace.runIn(partnership, () -> {
            long membership = fixtures.member(council);
            fixtures.nameSignatories(membership, fixtures.representative(membership, chair, WorkspaceRole.CHAIR), null);
            fixtures.lowRiskEntries(5, "Small");
        });
        saveRevisions(partnership, 2);
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("portal")
    void itsPagesAreMeasured() {
        OverHttp.measureSmall();
    }

    @Test
    @Order(3)
    @OperateOnDeployment("seed")
    void theWorkspaceAndThePortalGrow() {
        long partnership = fixtures.count("select p.id from Partnership p where p.slug = '" + SLUG + "'");
        CurrentWorkspace.runIn(partnership, () -> {
            for (int i = 0; i < MEMBERS; i++) {
                long organisation = fixtures.organisation("At Scale Member " + i);
                long person = fixtures.account("member" + i + "@at-scale.example.org", organisation);
                long membership = fixtures.member(organisation);
                fixtures.nameSignatories(membership,
                        fixtures.representative(membership, person, WorkspaceRole.MEMBER_REPRESENTATIVE), null);
            }
            fixtures.lowRiskEntries(ENTRIES, "Large");
        });
        saveRevisions(partnership, REVISIONS);
        for (int i = 0; i < OTHER_WORKSPACES; i++) {
            long other = fixtures.partnership("At Scale Neighbour " + i, "at-scale-neighbour-" + i, null);
            CurrentWorkspace.runIn(other, () -> fixtures.lowRiskEntries(20, "Neighbour"));
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("portal")
    void eachPageCostsWhatItDidWhenSmall() {
        OverHttp.assertLargeCostsTheSame();
    }

    private void saveRevisions(long partnership, int count) {
        for (int i = 0; i < count; i++) {
            int revision = i;
            as.inWorkspace(CHAIR, partnership, () -> {
                MouSection section = mou.current().sections().stream()
                        .filter(candidate -> candidate.getHeading() == MouHeading.AIMS_AND_OBJECTIVES).findFirst()
                        .orElseThrow();
                mou.saveSection(MouHeading.AIMS_AND_OBJECTIVES, section.getVersion(),
                        "<p>Aims, draft " + revision + ".</p>");
            });
        }
    }

    /**
     * The steps that run in the test's own JVM, apart so that the seed deployment, which has none of
     * the HTTP client's classes, never loads them.
     */
    private static final class OverHttp {

        /** The costs measured while the workspace was small, kept between the ordered steps. */
        private static final Map<String, StatementCounter.Cost> WHEN_SMALL = new LinkedHashMap<>();
        private static String riskEntry;

        static void measureSmall() {
            PortalClient chair = new PortalClient().signedInAs(CHAIR, Fixtures.PASSWORD);
            riskEntry = PortalPages.linkOn(chair, "/w/" + SLUG + "/risks", "a[href*='/risk?id=']");
            WHEN_SMALL.putAll(new StatementCounter().pageViews(chair, pages()));
        }

        static void assertLargeCostsTheSame() {
            PortalClient chair = new PortalClient().signedInAs(CHAIR, Fixtures.PASSWORD);
            assertMembersShownAPageAtATime(chair);
            org.jsoup.nodes.Document history = chair.get("/w/" + SLUG + "/mou-history?heading=AIMS_AND_OBJECTIVES").document();
            assertEquals("Versions 43 to 34 of 43, newest first", history.select("#versions-heading").text(),
                    "a long history is read a page at a time");
            assertEquals(10, history.select("ol.history > li").size());
            assertEquals(List.of("Older versions"), history.select("nav.pages a").eachText());
            PortalClient.Page older = chair.get(history.select("nav.pages a").attr("href"));
            assertEquals(200, older.status(), "the older versions open");
            assertEquals("Versions 33 to 24 of 43, newest first", older.document().select("#versions-heading").text());
            assertEquals(List.of("Newer versions", "Older versions"), older.document().select("nav.pages a").eachText());
            Map<String, StatementCounter.Cost> whenLarge = new StatementCounter().pageViews(chair, pages());
            whenLarge.forEach((page, cost) -> assertTrue(cost.total() <= PageStatementsIT.MOST_STATEMENTS,
                    page + " " + cost));
            assertEquals(WHEN_SMALL, whenLarge);
        }

        /** 51 member organisations and 51 representatives, 25 of each a page. */
        private static void assertMembersShownAPageAtATime(PortalClient chair) {
            String members = "/w/" + SLUG + "/members";
            org.jsoup.nodes.Document first = chair.get(members).document();
            assertEquals(25, first.select("#organisations tbody tr").size());
            assertEquals("Showing member organisations 1 to 25 of 51.", first.select("#organisation-pages p").text());
            assertEquals(List.of("Next member organisations"), first.select("#organisation-pages a").eachText());
            assertEquals(25, first.select("#people tbody tr").size());
            assertEquals("Showing representatives 1 to 25 of 51.", first.select("#people-pages p").text());
            java.util.Set<String> names = new java.util.HashSet<>(first.select("#organisations tbody td:first-child").eachText());
            org.jsoup.nodes.Document page = first;
            for (int number = 2; number <= 3; number++) {
                page = chair.get(page.select("#organisation-pages-next").attr("href")).document();
                names.addAll(page.select("#organisations tbody td:first-child").eachText());
                assertEquals(25, page.select("#people tbody tr").size(), "the other list stays where it was");
            }
            assertEquals(1, page.select("#organisations tbody tr").size());
            assertEquals(List.of("Previous member organisations"), page.select("#organisation-pages a").eachText());
            assertEquals(51, names.size(), "every organisation on one page or another");
            assertTrue(names.contains("At Scale Member 49"), "the workspace grew");
            assertEquals(1, chair.get(members + "?organisations=99").document().select("#organisations tbody tr").size(),
                    "a page past the end shows the last");
            assertEquals(404, chair.get(members + "?people=two").status());
            PortalClient.Page third = chair.get(members + "?organisations=3");
            String onlyOne = third.document().select("#organisations tbody td:first-child").text();
            String button = third.document().select("#memberships input[value^='Name who signs for']").attr("name");
            PortalClient.Page naming = chair.submit(third, "memberships", Map.of(), button);
            assertEquals("Who signs for " + onlyOne, naming.document().select("#naming-heading").text(),
                    "a button on a later page acts on its own row");
        }

        private static List<String> pages() {
            String workspace = "/w/" + SLUG;
            return List.of("/", workspace, workspace + "/members", workspace + "/mou", workspace + "/conduct",
                    workspace + "/mou-history?heading=AIMS_AND_OBJECTIVES", workspace + "/risks", workspace + "/risk",
                    riskEntry, workspace + "/form?form=risk-checklist", workspace + "/form-history?form=risk-checklist");
        }
    }
}
