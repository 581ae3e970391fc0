package org.consortia.it.progressreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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

/**
 * A first progress report in the browser: the officer writes it for the six months after the Council
 * entered the partnership, with its finances, the Head of Service returns it and then submits it, the
 * Corporate Management Team and the Portfolio Holder comment, and it downloads as a PDF; a partner in
 * the workspace never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressReportBrowserIT {

    private static final By ACHIEVEMENTS = By.id("report:sections:0:answers:2:text");
    private static final By FIRST_BUDGET_LINE = By.id("report:sections:1:answers:0:rows:0:cells:0:cell");
    private static final By FIRST_BUDGET = By.id("report:sections:1:answers:0:rows:0:cells:1:cell");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theFirstReportIsWrittenReturnedSubmittedAndCommentedOnAndDownloadsAsAPdf() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN, HttpScenario.Extra.COUNCIL_ENTERED_A);
        String page = "/partnerships/progress-report?id=" + scenario.partnershipA;
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            browser.waitForText(By.id("next-due"), "For 31 Aug 2026 to 28 Feb 2027, due by 28 Feb 2027");
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "The progress report for 31 Aug 2026 to 28 Feb 2027 has started.");
            assertTrue(browser.text(By.tagName("main")).contains("Key achievements of partnership from X to X [date]"));
            assertTrue(browser.text(By.tagName("main")).contains("Monitoring of the finances of the partnership"),
                    "the Council contributes, so the finances are asked");

            browser.type(ACHIEVEMENTS, "A youth forum in every ward.");
            browser.type(FIRST_BUDGET_LINE, "Youth forums");
            browser.type(FIRST_BUDGET, "a lot");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "There is a problem");
            assertEquals("A youth forum in every ward.", browser.driver().findElement(ACHIEVEMENTS).getAttribute("value"),
                    "what the officer typed stays on the page");
            browser.type(FIRST_BUDGET, "4000");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The report has been sent to the accountable Head of Service.");
            assertTrue(browser.driver().findElements(By.id("report:save")).isEmpty(), "a report sent on is not changed");

            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, page, 1,
                    "Say what the forums achieved.", "Returned with comments: recorded.");
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            browser.type(ACHIEVEMENTS, "A youth forum in every ward; 300 young people took part.");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "sent to the accountable Head of Service");

            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, page, 0, null,
                    "Submitted to the Corporate Management Team and the Portfolio Holder: recorded.");
            assertTrue(browser.text(By.id("report-state")).contains("Received"));
            browser.takeStep(scenario.cmt, HttpScenario.PASSWORD, page, 0,
                    "Encouraging.", "Comments recorded: recorded.");
            browser.takeStep(scenario.portfolioHolder, HttpScenario.PASSWORD, page, 0,
                    "Bring the forum to the portfolio briefing.",
                    "Comments recorded: recorded.");
            String steps = browser.text(By.id("steps"));
            assertTrue(steps.contains("Say what the forums achieved.") && steps.contains("Encouraging.")
                    && steps.contains("Bring the forum to the portfolio briefing."), steps);
            assertTrue(browser.text(By.id("next-due")).contains("For 1 Mar 2027 to 29 Feb 2028"),
                    browser.text(By.id("next-due")));
        }

        PortalClient cmt = scenario.signedIn(scenario.cmt);
        HttpResponse<byte[]> pdf = cmt.download("/api/partnerships/" + scenario.partnershipA + "/progress-report.pdf?number=1");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        PortalClient partner = scenario.signedIn(scenario.memberOfA);
        assertEquals(404, partner.get(page).status());
        assertEquals(404, partner.get("/partnerships/progress-report-history?id=" + scenario.partnershipA).status());
        assertEquals(404, partner.download("/api/partnerships/" + scenario.partnershipA + "/progress-report.pdf").statusCode());
    }
}
