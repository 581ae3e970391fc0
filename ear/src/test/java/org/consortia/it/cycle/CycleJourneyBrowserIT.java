package org.consortia.it.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A partnership's life in the browser, from its approved business case through its first progress
 * report and its annual review to the decision to leave and the exit report: each by the person the
 * framework names, each downloading as a PDF, and none of it seen by a partner in the workspace.
 */
@ExtendWith(ArquillianExtension.class)
class CycleJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void fromTheFirstProgressReportThroughTheAnnualReviewToTheExitReport() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN);
        String id = "?id=" + scenario.partnershipA;
        String casePage = "/partnerships/business-case" + id;
        String reportPage = "/partnerships/progress-report" + id;
        String reviewPage = "/partnerships/annual-review" + id;
        String leavingPage = "/partnerships/leaving" + id;
        LocalDate today = LocalDate.now(UkDates.LONDON);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(reviewPage);
            assertTrue(browser.text(By.id("start-refused")).contains("still forming"), browser.text(By.id("start-refused")));

            // The business case, approved by the chain.
            browser.open(casePage);
            browser.choose(By.id("case:sections:0:answers:0:choice"), "Setting up a partnership");
            browser.type(By.id("case:sections:0:answers:1:text"), "Redditch Youth Partnership");
            new Select(browser.driver().findElement(By.id("case:sections:0:answers:2:yes-no"))).selectByValue("no");
            browser.submit(By.id("case:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The business case has been submitted");
            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, casePage, 0, null, "Authorised: recorded.");
            browser.takeStep(scenario.finance, HttpScenario.PASSWORD, casePage, 0, "Affordable.", "Advice recorded: recorded.");
            browser.takeStep(scenario.legal, HttpScenario.PASSWORD, casePage, 0, "Lawful.", "Advice recorded: recorded.");
            browser.takeStep(scenario.executive, HttpScenario.PASSWORD, casePage, 0, null, "Approved: recorded.");

            // The first progress report, due six months after the Council entered.
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(reportPage);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "has started.");
            browser.type(By.id("report:sections:0:answers:2:text"), "A youth forum in every ward.");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The report has been sent to the accountable Head of Service.");
            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, reportPage, 0, null,
                    "Submitted to the Corporate Management Team and the Portfolio Holder: recorded.");
            assertTrue(browser.text(By.id("report-state")).contains("Received"));

            // The annual review, with the evidence the portal found.
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(reviewPage);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "This year's review has started");
            String evidence = browser.text(By.id("evidence"));
            assertTrue(evidence.contains("No Memorandum of Understanding has been started.")
                    && evidence.contains("The joint risk register has 0 open entries"), evidence);
            WebElement source = browser.driver().findElement(By.cssSelector("#evidence a[href$='/w/" + scenario.slugA
                    + "/risks']"));
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
            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, reviewPage, 0,
                    "Effective; agree the Memorandum this year.",
                    "Evaluated and reported to the Corporate Management Team: recorded.");
            browser.takeStep(scenario.cmt, HttpScenario.PASSWORD, reviewPage, 0,
                    "Noted.", "Considered by the Corporate Management Team: recorded.");
            assertTrue(browser.text(By.id("review-state")).contains("Considered by the Corporate Management Team"));

            // The decision to leave: a missing reason is refused beside its field, with the dates typed kept.
            browser.signIn(scenario.executive, HttpScenario.PASSWORD);
            browser.open(leavingPage);
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

            // The exit report, from the officer to the Corporate Management Team.
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(leavingPage);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "The exit report has started");
            browser.type(By.id("report:sections:0:answers:9:text"), "A youth forum in every ward.");
            browser.submit(By.id("report:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The exit report has been submitted to the Corporate Management Team.");
            browser.signIn(scenario.cmt, HttpScenario.PASSWORD);
            browser.open(leavingPage);
            browser.type(By.id("deciding:comments"), "Learning noted for the annual report.");
            browser.submit(By.id("deciding:comment"));
            browser.waitForText(By.id("messages"), "Comments recorded: recorded.");
            assertTrue(browser.text(By.id("steps")).contains("Learning noted for the annual report."));
        }

        PortalClient cmt = scenario.signedIn(scenario.cmt);
        PortalClient partner = scenario.signedIn(scenario.chairOfA);
        for (String pdf : List.of("progress-report.pdf?number=1", "annual-review.pdf?number=1", "exit-report.pdf")) {
            String address = "/api/partnerships/" + scenario.partnershipA + "/" + pdf;
            assertEquals(200, cmt.download(address).statusCode(), pdf);
            assertEquals(404, partner.download(address).statusCode(), "a partner never sees " + pdf);
        }
        for (String page : List.of(reportPage, reviewPage, leavingPage)) {
            assertEquals(404, partner.get(page).status(), "a partner never sees " + page);
        }
    }
}
