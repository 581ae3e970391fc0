package org.consortia.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.risk.RegisterColumns;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member adds a risk, scores it, and finds it through the heat map and in the downloads, in a
 * partnership of the test's own; and the demo register gives a newcomer something to explore.
 */
@ExtendWith(ArquillianExtension.class)
class RiskBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theDemoRegisterGivesANewcomerSomethingToExplore() {
        PortalClient member = new PortalClient().signedInAs("member@consortia.test", PortalClient.DEMO_PASSWORD);
        String attention = member.get("/w/community-safety").document().select("#attention").text();
        assertTrue(attention.contains("Health partners stop attending the delivery group"), attention);
        PortalClient.Page register = member.get("/w/community-safety/risks");
        assertTrue(register.body().contains("Home Office grant for the Safer Streets scheme ends"));
        assertTrue(register.document().select("#tolerance").text().equals("12"));
        assertEquals(List.of(8, 7, 7, 3), java.util.stream.Stream.of("low", "medium", "high", "very-high")
                .map(band -> register.document().select("#heat-residual td.band-" + band).size()).toList(),
                "the heat map's 25 cells in four bands");
        assertEquals(6, register.document().select("#heat-residual td.cell-above").size(), "scores above 12");
        assertEquals(5, register.document().select(".heat-map-legend li").size(), "a key to the bands and the border");
        assertEquals(404, member.get("/w/community-safety/risks?from=0").status(), "a score band the register has not");
        PortalClient.Page checklist = member.get("/w/community-safety/form?form=risk-checklist");
        assertTrue(checklist.body().contains("none yet for a partner leaving"));
    }

    @Test
    void theCouncilSortsItsPortfolioWithoutLosingIt() {
        try (Browser browser = new Browser()) {
            browser.signIn("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
            browser.open("/partnerships/risks");
            By firstHeading = By.cssSelector("[id='results:portfolio'] th.ui-sortable-column");
            browser.click(firstHeading);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(firstHeading, "aria-sort", "ascending"));
            String rows = browser.text(By.cssSelector("[id='results:portfolio_data']"));
            assertTrue(rows.contains("Home Office grant for the Safer Streets scheme ends"),
                    "the entries are still there after sorting: " + rows);
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void aMemberAddsAndScoresARiskAndFindsItInTheHeatMapAndEveryExport() throws IOException {
        HttpScenario scenario = HttpScenario.build();
        String register = scenario.inA("risks");
        String api = "/api" + register;
        String title = "Funding cut " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.memberOfA, HttpScenario.PASSWORD);
            browser.open(register);
            browser.type(By.id("filters:minimumScore"), "30");
            browser.click(By.id("filters:apply"));
            browser.waitForText(By.id("filters"), "Enter a whole number from 1 to 25.");
            browser.type(By.id("filters:minimumScore"), "16");
            browser.type(By.id("filters:maximumScore"), "8");
            browser.click(By.id("filters:apply"));
            browser.waitForText(By.id("filters"), "The band runs from a lower score to a higher one: enter 16 or more.");
            browser.submit(By.id("add"));
            assertTrue(browser.driver().findElement(By.id("allocation-checklist")).getAttribute("textContent")
                    .contains("Have we allocated risks to the right parties in the supply chain?"));
            browser.type(By.id("form:title"), title);
            browser.type(By.id("form:category"), "Financial");
            new Select(browser.driver().findElement(By.id("form:inherentLikelihood"))).selectByValue("ALMOST_CERTAIN");
            new Select(browser.driver().findElement(By.id("form:inherentImpact"))).selectByValue("SEVERE");
            new Select(browser.driver().findElement(By.id("form:residualLikelihood"))).selectByValue("LIKELY");
            new Select(browser.driver().findElement(By.id("form:residualImpact"))).selectByValue("MAJOR");
            new Select(browser.driver().findElement(By.id("form:status"))).selectByValue("ASSESSED");
            browser.submit(By.id("form:save"));
            browser.waitForText(By.tagName("main"), "Enter a contingency plan");
            assertEquals(title, browser.driver().findElement(By.id("form:title")).getAttribute("value"),
                    "what was typed stays on the page");

            browser.type(By.id("form:contingencyPlan"), "Ask the partners to cover the gap for a year.");
            browser.submit(By.id("form:save"));
            browser.waitForText(By.id("status"), "has been saved");

            browser.submit(By.cssSelector("#heat-residual a[href*='likelihood=LIKELY'][href*='impact=MAJOR']"));

            String table = browser.text(By.id("results:table"));
            assertTrue(table.contains(title) && table.contains("Above tolerance"), table);
            assertEquals("LIKELY", browser.driver().findElement(By.id("filters:likelihood")).getAttribute("value"),
                    "the heat-map cell is shown in the filters");
            assertEquals("MAJOR", browser.driver().findElement(By.id("filters:impact")).getAttribute("value"));
            assertTrue(browser.text(By.id("downloads")).startsWith("Download the entries the filters below choose"));
            assertTrue(browser.driver().findElement(By.id("csv")).getAttribute("href")
                    .endsWith("/risks.csv?likelihood=LIKELY&impact=MAJOR"), "the downloads follow the filters");

            new Select(browser.driver().findElement(By.id("filters:kind"))).selectByValue("OPPORTUNITY");
            browser.submit(By.id("filters:apply"));
            assertTrue(browser.driver().getCurrentUrl().endsWith(register + "?kind=OPPORTUNITY"
                    + "&likelihood=LIKELY&impact=MAJOR"), "a filtered list has an address to share: "
                    + browser.driver().getCurrentUrl());
            assertTrue(!browser.text(By.id("results:table")).contains(title));
            browser.submit(By.id("filters:clear"));
            assertTrue(browser.driver().getCurrentUrl().endsWith(register));
            browser.open(register + "?likelihood=LIKELY&impact=MAJOR");
            browser.submit(By.linkText(title));
            String trail = browser.text(By.id("score-trail"));
            assertTrue(trail.contains("Person " + scenario.memberOfA) && trail.contains("25 16"),
                    "the first assessment: " + trail);
            assertEquals(List.of(), browser.consoleErrors());
        }
        PortalClient member = scenario.signedIn(scenario.memberOfA);
        PortalClient.Page csv = member.get(api + ".csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("\"" + title + "\",\"Risk\""), csv.body());
        assertTrue(csv.body().contains("\"Ask the partners to cover the gap for a year.\""));
        assertEquals(404, member.get("/api/w/" + scenario.slugB + "/risks.csv").status());
        PortalClient.Page cell = member.get(api + ".csv?likelihood=LIKELY&impact=MAJOR");
        assertTrue(cell.body().contains(title), cell.body());
        assertTrue(cell.header("Content-Disposition").orElse("").contains("risk-register-" + scenario.slugA + "-filtered.csv"));
        assertTrue(member.get(api + ".csv?kind=RISK").body().contains(title), "the kind filter keeps a risk");
        PortalClient.Page opportunities = member.get(api + ".csv?kind=OPPORTUNITY");
        assertEquals(200, opportunities.status());
        assertEquals(1, opportunities.body().lines().count(), "only the headings: A has no opportunity "
                + opportunities.body());
        assertEquals(400, member.get(api + ".csv?status=NOPE").status());

        HttpResponse<byte[]> xlsx = member.download(api + ".xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row added = StreamSupport.stream(workbook.getSheet("Risk register").spliterator(), false)
                    .filter(row -> title.equals(row.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertEquals(16, added.getCell(RegisterColumns.HEADINGS.indexOf("Score after controls")).getNumericCellValue());
            assertEquals("Ask the partners to cover the gap for a year.",
                    added.getCell(RegisterColumns.HEADINGS.indexOf("Contingency plan")).getStringCellValue());
        }
        HttpResponse<byte[]> pdf = member.download(api + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals(404, member.download("/api/w/" + scenario.slugB + "/risks.xlsx").statusCode());
        assertEquals(404, member.download("/api/w/" + scenario.slugB + "/risks.pdf").statusCode());
    }
}
