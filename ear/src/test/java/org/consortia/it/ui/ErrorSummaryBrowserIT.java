package org.consortia.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.mou.MouHeading;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * "There is a problem" lists each problem as a link to where it is shown, beside its field or its
 * heading, and following the link moves the keyboard focus there.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorSummaryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void anEmptyRiskEntryListsEachMissingFieldAndTheLinkFocusesIt() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(scenario.inA("risk"));
            chair.submit(By.id("form:save"));
            List<WebElement> links = chair.driver().findElements(By.cssSelector(".messages .error-summary a"));
            assertFalse(links.isEmpty(), chair.page());
            for (WebElement link : links) {
                String target = link.getAttribute("data-focus-target");
                assertEquals(1, chair.driver().findElements(By.id(target)).size(), "a link to " + target);
            }
            String firstTarget = links.get(0).getAttribute("data-focus-target");
            links.get(0).sendKeys(Keys.ENTER);
            chair.awaitFocus(By.id(firstTarget));
            assertEquals(List.of(), chair.consoleErrors());
        }
    }

    @Test
    void aMemorandumPutForAgreementWithEmptyHeadingsMarksEachHeading() {
        try (Browser officer = new Browser()) {
            officer.signIn("officer@consortia.test", PortalClient.DEMO_PASSWORD);
            officer.open("/w/redditch-partnership/mou");
            officer.submit(By.id("agreement:putForAgreement"));
            List<WebElement> links = officer.driver().findElements(By.cssSelector(".messages .error-summary a"));
            assertEquals(MouHeading.values().length - 1, links.size(), "every heading but the principles, which a new"
                    + " Memorandum starts with: " + officer.text(By.id("status")));
            assertEquals("section-AIMS_AND_OBJECTIVES", links.get(0).getAttribute("data-focus-target"));
            assertTrue(officer.text(By.id("section-MEETINGS")).contains("Write “Meetings” before the Memorandum is put"
                    + " for agreement"), "the problem is shown beside its heading");
            assertTrue(officer.text(By.id("section-PARTNERSHIP_PRINCIPLES")).indexOf("Write “") < 0,
                    "a heading with text has no problem");
            links.get(1).sendKeys(Keys.ENTER);
            officer.awaitFocus(By.id(links.get(1).getAttribute("data-focus-target")));
            assertEquals("Draft", officer.text(By.id("mou-state")));
        }
    }
}
