package org.consortia.it.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual report's pages from outside: started, written and agreed by its two authors through
 * their forms, with a refused text kept where it was typed; then read and commented on by Overview &
 * Scrutiny, downloaded as a PDF, and refused to anyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnualReportPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static String page(int year) {
        return "/partnerships/annual-report?year=" + year;
    }

    @Test
    void theAuthorsWriteAndAgreeItAndScrutinyReadsAndCommentsOnIt() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN);
        PortalClient strategy = scenario.signedIn(scenario.strategy);
        Page list = strategy.get("/partnerships/annual-reports");
        assertEquals(200, list.status(), list.body());
        int year = list.document().select("#start\\:year option").stream().map(option -> option.attr("value"))
                .map(Integer::parseInt).filter(candidate -> list.document().getElementById("report-" + candidate) == null)
                .findFirst().orElseThrow();
        Page started = strategy.submit(list, "start", Map.of("start:year", String.valueOf(year)), "start:begin");
        assertEquals(302, started.status(), started.body());
        assertTrue(started.location().endsWith(page(year)), started.location());

        Page draft = strategy.get(page(year));
        assertEquals(200, draft.status(), draft.body());
        assertTrue(draft.document().getElementById("scores").text().contains("Formal status"));
        Page refused = strategy.submit(draft, "text", Map.of("text:analysis", "<b>Mostly effective</b>",
                "text:recommendations", "Train the chairs."), "text:save");
        assertEquals("Remove the markup: angle brackets, character references and script links are not allowed here.",
                refused.document().select("#text .field .error-message").text());
        assertEquals("<b>Mostly effective</b>", refused.document().getElementById("text:analysis").text(),
                "what was typed stays in the box");

        Page saved = strategy.submit(draft, "text", Map.of("text:analysis", "Mostly effective.",
                "text:recommendations", "Train the chairs."), "text:save");
        assertEquals("", saved.document().select(".error-message").text(), saved.body());
        Page unsaved = strategy.submit(saved, "text", Map.of("text:analysis", "Changed but not saved."), "text:agree");
        assertTrue(unsaved.document().select("#text .error-message").text().startsWith("Save your changes first"),
                unsaved.body());
        assertEquals("Not yet", unsaved.document().getElementById("strategy-agreed").text());
        assertEquals("Changed but not saved.", unsaved.document().getElementById("text:analysis").text(),
                "nothing typed is lost");
        Page agreed = strategy.submit(saved, "text", Map.of(), "text:agree");
        assertTrue(agreed.document().getElementById("strategy-agreed").text().contains(scenario.strategy),
                agreed.body());

        PortalClient scrutiny = scenario.signedIn(scenario.scrutiny);
        int hidden = scrutiny.get(page(year)).status();
        assertTrue(hidden == 404, "a draft is not Scrutiny's to read: " + hidden);

        PortalClient deputy = scenario.signedIn(scenario.deputyChiefExecutive);
        Page issued = deputy.submit(deputy.get(page(year)), "text", Map.of(), "text:agree");
        assertTrue(issued.document().getElementById("state").text().startsWith("Issued to the Corporate Management Team"),
                issued.body());

        Page read = scrutiny.get(page(year));
        assertEquals(200, read.status());
        assertEquals("Mostly effective.", read.document().getElementById("analysis-text").text());
        Page blank = scrutiny.submit(read, "comment", Map.of("comment:comments", " "), "comment:add");
        assertEquals("Write your comments.", blank.document().select("#comment .error-message").text());
        Page commented = scrutiny.submit(read, "comment", Map.of("comment:comments", "We will call in the review."),
                "comment:add");
        List<String> comments = commented.document().select("#comments li").eachText();
        assertTrue(comments.size() == 1 && comments.get(0).contains("Overview & Scrutiny")
                && comments.get(0).contains("We will call in the review."), comments.toString());

        HttpResponse<byte[]> pdf = scrutiny.download("/api/annual-reports/" + year + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(PdfText.of(pdf.body()).contains("Mostly effective."));
        Element link = scrutiny.get("/partnerships/annual-reports").document().getElementById("report-" + year);
        assertTrue(link != null && link.text().contains("Issued on"), "listed once issued");

        for (String refusedPerson : List.of(scenario.headOfService, scenario.chairOfA)) {
            PortalClient other = scenario.signedIn(refusedPerson);
            int status = other.get(page(year)).status();
            assertTrue(status == 403 || status == 404, refusedPerson + " got " + status);
            assertEquals(403, other.download("/api/annual-reports/" + year + ".pdf").statusCode(), refusedPerson);
        }
        assertEquals(404, strategy.get("/partnerships/annual-report?year=soon").status());
        assertEquals(404, strategy.get("/partnerships/annual-report").status());
    }
}
