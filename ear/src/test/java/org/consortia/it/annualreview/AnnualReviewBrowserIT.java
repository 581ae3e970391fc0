package org.consortia.it.annualreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The annual review in the browser: it waits for the business case, which the officer drafts and
 * the chain approves; then the officer starts the review, finds the evidence the portal read with
 * its source, assesses every section and submits it; the Head of Service evaluates it and the
 * Corporate Management Team considers it; it downloads as a PDF, and a partner never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReviewBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theReviewFollowsTheApprovedBusinessCaseAndGoesFromTheOfficerToTheCorporateManagementTeam() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN);
        String casePage = "/partnerships/business-case?id=" + scenario.partnershipA;
        String page = "/partnerships/annual-review?id=" + scenario.partnershipA;
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            assertTrue(browser.text(By.id("start-refused")).contains("still forming"), browser.text(By.id("start-refused")));

            browser.open(casePage);
            browser.choose(By.id("case:sections:0:answers:0:choice"), "Setting up a partnership");
            browser.type(By.id("case:sections:0:answers:1:text"), "Redditch Youth Partnership");
            new Select(browser.driver().findElement(By.id("case:sections:0:answers:2:yes-no"))).selectByValue("no");
            browser.submit(By.id("case:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The business case has been submitted");
            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, casePage, 0, null, "Authorised: recorded.");
            browser.takeStep(scenario.finance, HttpScenario.PASSWORD, casePage, 0,
                    "Affordable.", "Advice recorded: recorded.");
            browser.takeStep(scenario.legal, HttpScenario.PASSWORD, casePage, 0,
                    "Lawful.", "Advice recorded: recorded.");
            browser.takeStep(scenario.executive, HttpScenario.PASSWORD, casePage, 0, null, "Approved: recorded.");

            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "This year's review has started");
            String evidence = browser.text(By.id("evidence"));
            assertTrue(evidence.contains("No Memorandum of Understanding has been started.")
                    && evidence.contains("The joint risk register has 0 open entries"), evidence);
            WebElement source = browser.driver().findElement(By.cssSelector("#evidence a[href$='/w/" + scenario.slugA + "/risks']"));
            assertTrue(source.getText().startsWith("Source"), source.getText());

            List<WebElement> assessments = browser.driver().findElements(By.cssSelector("select[id$=':score']"));
            assertEquals(11, assessments.size(), "a self-assessment for every section of Appendix 4a");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "There is a problem");
            for (WebElement assessment : browser.driver().findElements(By.cssSelector("select[id$=':score']"))) {
                new Select(assessment).selectByValue("2");
            }
            browser.submit(By.id("review:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The review has been submitted to the accountable Head of Service.");

            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, page, 0,
                    "Effective; agree the Memorandum this year.",
                    "Evaluated and reported to the Corporate Management Team: recorded.");
            browser.takeStep(scenario.cmt, HttpScenario.PASSWORD, page, 0,
                    "Noted.", "Considered by the Corporate Management Team: recorded.");
            assertTrue(browser.text(By.id("review-state")).contains("Considered by the Corporate Management Team"));
            assertTrue(browser.text(By.id("steps")).contains("Effective; agree the Memorandum this year."));
        }

        PortalClient cmt = scenario.signedIn(scenario.cmt);
        assertEquals(200, cmt.download("/api/partnerships/" + scenario.partnershipA + "/annual-review.pdf?number=1")
                .statusCode());
        PortalClient partner = scenario.signedIn(scenario.chairOfA);
        assertEquals(404, partner.get(page).status());
        assertEquals(404, partner.download("/api/partnerships/" + scenario.partnershipA + "/annual-review.pdf").statusCode());
    }
}
