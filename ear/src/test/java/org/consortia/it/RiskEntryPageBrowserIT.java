package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What the risk entry page shows as the user works on it. */
@ExtendWith(ArquillianExtension.class)
class RiskEntryPageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theScoresFollowTheChosenLikelihoodAndImpactAtOnceAndAfterARefusedSave() {
        try (Browser chair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open("/w/community-safety/risk");
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
        try (Browser chair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open("/w/community-safety/risk");
            assertTrue(chair.page().contains("required once the entry's status is \"Assessed\" and its impact before or"
                    + " after controls is high (4 or 5)"), chair.page());
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
}
