package org.consortia.it.leaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Leaving a partnership in the browser: the Executive records the decision (a missing reason is
 * refused beside its field, with the dates typed kept), the partnership is ending, the officer
 * completes the exit report and submits it, the Corporate Management Team comments, and the report
 * downloads as a PDF; a partner in the workspace never sees any of it.
 */
@ExtendWith(ArquillianExtension.class)
class LeavingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theDecisionIsRecordedAndTheExitReportGoesFromTheOfficerToTheCorporateManagementTeam() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN, HttpScenario.Extra.COUNCIL_ENTERED_A);
        String page = "/partnerships/leaving?id=" + scenario.partnershipA;
        LocalDate today = LocalDate.now(UkDates.LONDON);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.executive, HttpScenario.PASSWORD);
            browser.open(page);
            assertTrue(browser.text(By.id("decision")).contains("None: the Council remains involved"));
            browser.setValue(By.id("decision:decidedOn"), today.minusDays(7).toString());
            browser.setValue(By.id("decision:endsOn"), today.plusMonths(1).toString());
            browser.submit(By.id("decision:record"));
            browser.waitForText(By.id("messages"), "There is a problem");
            assertTrue(browser.page().contains("Choose why the Council's involvement ends."));
            assertEquals(today.minusDays(7).toString(),
                    browser.driver().findElement(By.id("decision:decidedOn")).getAttribute("value"), "the date typed is kept");
            new Select(browser.driver().findElement(By.id("decision:reason"))).selectByValue("FUNDING_CEASES");
            browser.submit(By.id("decision:record"));
            browser.waitForText(By.id("messages"), "The decision has been recorded: the partnership is now ending.");
            assertTrue(browser.text(By.id("decision")).contains("External funding sources/resources cease"));

            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "The exit report has started");
            browser.type(By.id("report:sections:0:answers:9:text"), "A youth forum in every ward.");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The exit report has been submitted to the Corporate Management Team.");

            browser.signIn(scenario.cmt, HttpScenario.PASSWORD);
            browser.open(page);
            browser.type(By.id("deciding:comments"), "Learning noted for the annual report.");
            browser.submit(By.id("deciding:comment"));
            browser.waitForText(By.id("messages"), "Comments recorded: recorded.");
            assertTrue(browser.text(By.id("steps")).contains("Learning noted for the annual report."));
        }

        PortalClient cmt = scenario.signedIn(scenario.cmt);
        assertEquals(200, cmt.download("/api/partnerships/" + scenario.partnershipA + "/exit-report.pdf").statusCode());
        PortalClient partner = scenario.signedIn(scenario.chairOfA);
        assertEquals(404, partner.get(page).status());
        assertEquals(404, partner.download("/api/partnerships/" + scenario.partnershipA + "/exit-report.pdf").statusCode());
    }
}
