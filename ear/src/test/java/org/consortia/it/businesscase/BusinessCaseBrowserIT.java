package org.consortia.it.businesscase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A new partnership's business case in the browser: the officer asks the questions of Appendix A
 * and drafts the case, and it goes up the chain to the Executive's approval; the approved case
 * downloads as a PDF, and a partner in the workspace never sees it. A year on, its review finds the
 * case not demonstrated, and the report to the Executive downloads.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessCaseBrowserIT {

    private static final By FIRST_PRE_CHECK_ANSWER = By.id("preCheck:sections:0:answers:0:yes-no");
    private static final By NATURE = By.id("case:sections:0:answers:0:choice");
    private static final By NAME = By.id("case:sections:0:answers:1:text");
    private static final By STATUTORY = By.id("case:sections:0:answers:2:yes-no");
    private static final By FINANCE_AMOUNT = By.id("case:sections:5:answers:0:rows:0:cells:0:cell");
    private static final By RISK_ASSESSMENT = By.id("case:sections:4:answers:0:link");
    private static final By EQUALITY_ASSESSMENT_UPLOAD = By.id("case:sections:4:answers:1:upload");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    /** A small PDF on disk, for the browser to upload as the equality impact assessment. */
    private static Path equalityAssessment() {
        try {
            Path file = Files.createTempDirectory("eia").resolve("equality-impact-assessment.pdf");
            Files.write(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCaseGoesFromTheQuestionsAskedFirstToTheExecutivesApprovalAndDownloadsAsAPdf() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.APPROVAL_CHAIN);
        String page = "/partnerships/business-case?id=" + scenario.partnershipA;
        String reportLink;
        String documentLink;
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            assertTrue(browser.text(By.tagName("main")).contains("Is the problem that the prospective partners want to"
                    + " solve one that needs a partnership approach?"));
            new Select(browser.driver().findElement(FIRST_PRE_CHECK_ANSWER)).selectByValue("no");
            browser.submit(By.id("preCheck:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            assertTrue(browser.text(By.id("pre-check-warning")).contains(
                    "Factors indicating that a partnership approach is not the best approach"));

            browser.choose(NATURE, "Setting up a partnership");
            browser.type(NAME, "Redditch Youth Partnership");
            new Select(browser.driver().findElement(STATUTORY)).selectByValue("no");
            browser.type(FINANCE_AMOUNT, "lots");
            browser.choose(RISK_ASSESSMENT, "The joint risk register");
            browser.submit(By.id("case:save"));
            browser.waitForText(By.id("messages"), "There is a problem");
            assertTrue(browser.page().contains("Amount in row Finance?: Enter an amount in pounds and pence"));
            assertEquals("Redditch Youth Partnership", browser.driver().findElement(NAME).getAttribute("value"),
                    "what the officer typed stays on the page");
            browser.type(FINANCE_AMOUNT, "12000.5");
            browser.submit(By.id("case:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved.");
            assertEquals("12,000.50", browser.driver().findElement(FINANCE_AMOUNT).getAttribute("value"));

            browser.driver().findElement(EQUALITY_ASSESSMENT_UPLOAD).sendKeys(equalityAssessment().toString());
            browser.submit(By.id("case:save"));
            browser.waitForText(By.id("messages"), "Your answers have been saved and the document attached.");
            documentLink = browser.driver().findElement(By.linkText("Download the document attached")).getAttribute("href");
            assertTrue(browser.text(By.id("case-question-risks-2")).contains("equality-impact-assessment.pdf, added on"));

            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "The business case has been submitted");
            assertTrue(browser.driver().findElements(By.id("case:save")).isEmpty()
                    && browser.driver().findElement(NAME).getAttribute("readonly") != null,
                    "a submitted case is no longer the officer's to change");

            browser.takeStep(scenario.headOfService, HttpScenario.PASSWORD, page, 0,
                    "Fits the service plan.", "recorded.");
            browser.takeStep(scenario.finance, HttpScenario.PASSWORD, page, 0,
                    "£12,000.50 a year from the service budget.", "recorded.");
            browser.takeStep(scenario.legal, HttpScenario.PASSWORD, page, 0, "No legal obstacle.", "recorded.");
            browser.signIn(scenario.executive, HttpScenario.PASSWORD);
            browser.open(page);
            assertTrue(browser.text(By.id("case-status")).contains("Forming"));
            browser.click(By.id("deciding:outcome:0"));
            browser.submit(By.id("deciding:decide"));
            browser.waitForText(By.id("messages"), "Approved: recorded.");
            String status = browser.text(By.id("case-status"));
            assertTrue(status.contains("Performing") && status.contains("Approved"), status);
            String steps = browser.text(By.id("steps"));
            assertTrue(steps.contains("Advice of the Head of Financial, Revenues and Benefits Services")
                    && steps.contains("£12,000.50 a year from the service budget.") && steps.contains("Approved"), steps);

            browser.signIn(scenario.officer, HttpScenario.PASSWORD);
            browser.open(page);
            browser.submit(By.id("starting:start"));
            browser.waitForText(By.id("messages"), "This year's review of the business case has started");
            assertEquals("Redditch Youth Partnership", browser.driver().findElement(NAME).getAttribute("value"));
            assertTrue(browser.driver().findElements(FIRST_PRE_CHECK_ANSWER).isEmpty(),
                    "the questions before the partnership belong to its first case");
            browser.submit(By.id("submitting:submit"));
            browser.waitForText(By.id("messages"), "judged by the accountable head of service");
            browser.signIn(scenario.headOfService, HttpScenario.PASSWORD);
            browser.open(page);
            browser.click(By.id("deciding:outcome:1"));
            browser.type(By.id("deciding:comments"), "The youth service now meets these needs on its own.");
            browser.submit(By.id("deciding:decide"));
            browser.waitForText(By.id("messages"), "Business case not demonstrated: recorded.");
            assertTrue(browser.text(By.id("made")).contains("Business case 2"));
            assertTrue(browser.text(By.id("not-demonstrated")).contains("report to the Executive via the Corporate"
                    + " Management Team"));
            reportLink = browser.driver().findElement(By.id("report-pdf")).getAttribute("href");
            assertEquals(List.of(), browser.consoleErrors());
        }
        String report = reportLink.substring(reportLink.indexOf("/api/"));
        assertEquals("%PDF-", new String(scenario.signedIn(scenario.cmt).download(report).body(), 0, 5,
                StandardCharsets.ISO_8859_1), "the Corporate Management Team downloads the report");
        assertEquals(404, scenario.signedIn(scenario.chairOfA).download(report).statusCode());
        String document = documentLink.substring(documentLink.indexOf("/api/"));
        assertEquals("%PDF-", new String(scenario.signedIn(scenario.executive).download(document).body(), 0, 5,
                StandardCharsets.ISO_8859_1), "the Executive reads the equality impact assessment");
        assertEquals(404, scenario.signedIn(scenario.chairOfA).download(document).statusCode());

        PortalClient executive = scenario.signedIn(scenario.executive);
        HttpResponse<byte[]> pdf = executive.download("/api/partnerships/" + scenario.partnershipA
                + "/business-case.pdf?number=1");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));

        PortalClient partner = scenario.signedIn(scenario.chairOfA);
        assertEquals(404, partner.get(page).status(), "a partner in the workspace never learns of the case");
        assertEquals(404, partner.download("/api/partnerships/" + scenario.partnershipA + "/business-case.pdf")
                .statusCode());
        assertFalse(partner.get(scenario.inA("")).body().contains("business-case"));
        assertTrue(scenario.signedIn(scenario.headOfService).get(scenario.inA("")).document()
                .select("#business-case[href$=business-case?id=" + scenario.partnershipA + "]").size() == 1,
                "the accountable Head of Service finds the case from the workspace");
    }
}
