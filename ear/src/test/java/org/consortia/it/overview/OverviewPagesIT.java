package org.consortia.it.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.nodes.Element;

/**
 * The overview page from outside: filtered and sorted by its address, its rules written on it, each
 * cell linking to its evidence, its CSV, and refused to anyone but the council's overseers.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theOverviewIsFilteredByItsAddressWithItsRulesAndCsv() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient strategy = scenario.signedIn(scenario.strategy);
        Page red = strategy.get("/partnerships/overview?stage=FORMING&rating=RED&sort=worst");
        assertEquals(200, red.status(), red.body());
        Element rowOfA = red.document().getElementById("partnership-" + scenario.partnershipA);
        assertTrue(rowOfA != null, "A has a red cell: nobody in office has signed its code of conduct");
        assertTrue(rowOfA.text().contains("Red: 0 of 3 representatives in office have signed"), rowOfA.text());
        assertEquals("/w/" + scenario.slugA + "/conduct",
                rowOfA.select("a[href$='/conduct']").attr("href").replaceFirst("^/[^/]*(?=/w/)", ""));
        assertTrue(red.document().select("tbody tr").stream().allMatch(row -> row.text().contains("Forming")),
                "only forming partnerships");
        assertTrue(red.document().getElementById("rules").text().contains("Green: every representative in office has"
                + " signed the current version."));
        assertTrue(strategy.get("/partnerships/overview?stage=ENDED").document()
                .getElementById("partnership-" + scenario.partnershipA) == null, "filtered by stage");

        HttpResponse<byte[]> csv = strategy.download("/api/partnerships/overview.csv?stage=FORMING&rating=RED&sort=worst");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("\"Partnership A " + scenario.tag + "\""));
        assertEquals(404, strategy.download("/api/partnerships/overview.csv?stage=SOMEDAY").statusCode());
        assertEquals(404, strategy.get("/partnerships/overview?rating=PURPLE").status());
    }

    @Test
    void onlyTheCouncilsOverseersMayOpenIt() {
        HttpScenario scenario = HttpScenario.build();
        assertEquals(200, scenario.signedIn(scenario.cmt).get("/partnerships/overview").status());
        assertTrue(scenario.signedIn(scenario.cmt).get("/partnerships/list").document().getElementById("overview") != null,
                "the database links to it for those who may open it");
        Page database = scenario.signedIn(scenario.headOfService).get("/partnerships/list");
        assertEquals(200, database.status());
        assertTrue(database.document().getElementById("overview") == null
                && database.document().getElementById("portfolio") == null, "and for nobody else");
        for (String refused : new String[] {scenario.headOfService, scenario.admin, scenario.chairOfA}) {
            int status = scenario.signedIn(refused).get("/partnerships/overview").status();
            assertTrue(status == 403 || status == 404, refused + " got " + status);
            assertEquals(403, scenario.signedIn(refused).download("/api/partnerships/overview.csv").statusCode(), refused);
        }
    }
}
