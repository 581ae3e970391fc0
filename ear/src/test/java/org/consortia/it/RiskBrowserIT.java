package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A member adds a risk, scores it, and finds it through the heat map. */
@ExtendWith(ArquillianExtension.class)
class RiskBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberAddsAndScoresARiskAndFindsItInTheHeatMap() {
        String title = "Funding cut " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.signIn("member@consortia.test", PortalClient.DEMO_PASSWORD);
            browser.open("/w/community-safety/risks");
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
            assertEquals(List.of(), browser.consoleErrors());
        }
        PortalClient member = new PortalClient().signedInAs("member@consortia.test", PortalClient.DEMO_PASSWORD);
        PortalClient.Page csv = member.get("/api/w/community-safety/risks.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("\"" + title + "\",\"Risk\""), csv.body());
        assertTrue(csv.body().contains("\"Ask the partners to cover the gap for a year.\""));
        assertEquals(404, member.get("/api/w/shared-services/risks.csv").status());
    }
}
