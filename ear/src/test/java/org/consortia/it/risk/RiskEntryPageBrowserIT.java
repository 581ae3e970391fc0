package org.consortia.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What the risk entry page shows as the user works on it. */
@ExtendWith(ArquillianExtension.class)
class RiskEntryPageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theScoresFollowTheChosenLikelihoodAndImpactAtOnceAndAfterARefusedSave() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(scenario.inA("risk"));
            new Select(chair.driver().findElement(By.id("form:inherentLikelihood"))).selectByValue("ALMOST_CERTAIN");
            new Select(chair.driver().findElement(By.id("form:inherentImpact"))).selectByValue("SEVERE");
            new Select(chair.driver().findElement(By.id("form:residualLikelihood"))).selectByValue("RARE");
            assertEquals("25", chair.text(By.id("inherent-score")), "before any save");
            assertEquals("3", chair.text(By.id("residual-score")), "1 × the impact after controls, 3 by default");

            chair.submit(By.id("form:save"));
            assertTrue(chair.page().contains("Enter a short title."), "the save is refused: " + chair.page());
            assertEquals("25", chair.text(By.id("inherent-score")), "after the refused save");
            assertEquals(List.of(), chair.consoleErrors());
        }
    }

    @Test
    void theContingencyHintSaysExactlyWhenAPlanIsRequired() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(scenario.inA("risk"));
            assertTrue(chair.page().contains("required once the entry's status is \"Assessed\" and its impact before or"
                    + " after controls is high (4 or 5)"), chair.page());
        }
    }

    @Test
    void aConfirmationIsAStatusInItsOwnStyleAndAProblemAnAlert() {
        HttpScenario scenario = HttpScenario.withEntriesInA(1);
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(scenario.inA("risks"));
            chair.submit(By.linkText(scenario.entryInA(0)));
            chair.type(By.id("action:description"), "Ask the district councils for match funding");
            new Select(chair.driver().findElement(By.id("action:responsible"))).selectByIndex(1);
            ((JavascriptExecutor) chair.driver()).executeScript(
                    "document.getElementById('action:deadline').value = arguments[0]", LocalDate.now().plusMonths(2).toString());
            chair.submit(By.id("action:add"));

            WebElement confirmation = chair.driver().findElement(By.cssSelector("[role=status] .success-message"));
            assertEquals("The action has been added.", confirmation.getText());
            assertTrue(chair.driver().findElements(By.cssSelector("[role=alert] li")).isEmpty(), "no alert");
            assertTrue(!confirmation.getCssValue("color").equals("rgba(177, 14, 30, 1)")
                    && !confirmation.getCssValue("font-weight").equals("700"), "not drawn as an error");

            chair.open(scenario.inA("risk"));
            chair.submit(By.id("form:save"));
            assertTrue(chair.page().contains("Enter a short title."), "the save is refused: " + chair.page());
            assertTrue(chair.driver().findElements(By.cssSelector("[role=status] li")).isEmpty(), "no confirmation");
        }
    }

    @Test
    void anOverdueActionIsMarkedOnceInItsRow() {
        try (Browser chair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open("/w/community-safety/risks");
            chair.submit(By.linkText("Home Office grant for the Safer Streets scheme ends"));
            List<WebElement> cells = chair.driver().findElements(By.xpath("//tr[td[normalize-space()='Overdue']]/td"));
            assertTrue(cells.size() > 2, "an overdue action is listed");
            assertEquals("4px", cells.get(0).getCssValue("border-left-width"), "marked at the start of the row");
            for (WebElement cell : cells.subList(1, cells.size())) {
                assertEquals("0px", cell.getCssValue("border-left-width"), "and nowhere else in it");
            }
        }
    }

    @Test
    void oversightReadsAnEntryAsADescriptionListNotAGreyedOutForm() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        String link = chair.get("/w/community-safety/risks").document()
                .select("a:containsOwn(Home Office grant for the Safer Streets scheme ends)").attr("href");
        PortalClient cmt = new PortalClient().signedInAs("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
        PortalClient.Page entry = cmt.get(link.substring(link.indexOf("/w/")));
        assertEquals(200, entry.status());
        org.jsoup.nodes.Document page = entry.document();
        assertTrue(page.select("#form, main input:not([type=hidden]), main select, main textarea").isEmpty(),
                "no form to fill in: " + page.select("main input, main select").outerHtml());
        assertTrue(page.select("main a:containsOwn(Cancel)").isEmpty());
        assertEquals("Street wardens and CCTV monitoring stop; the council is asked to fill the gap.",
                page.select("#entry dt:containsOwn(Effect) + dd").text());
        assertTrue(page.select("#scores dd").first().text().startsWith("20: likelihood"), page.select("#scores").text());
        assertEquals(403, cmt.get("/w/community-safety/risk").status(), "nothing to add for a read-only visitor");
    }
}
