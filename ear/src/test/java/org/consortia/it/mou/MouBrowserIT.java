package org.consortia.it.mou;

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

/** Two people edit the same section of the Memorandum in two browsers; the second merges. */
@ExtendWith(ArquillianExtension.class)
class MouBrowserIT {

    private static final String EDIT_SECRETARIAL = "//input[@value='Edit “Secretarial/administrative support”']";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void theSecondEditorOfASectionSeesTheConflictAndMerges() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser chair = new Browser(); Browser member = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            member.signIn(scenario.memberOfA, HttpScenario.PASSWORD);
            chair.open(scenario.inA("mou"));
            member.open(scenario.inA("mou"));
            chair.submit(By.xpath(EDIT_SECRETARIAL));
            member.submit(By.xpath(EDIT_SECRETARIAL));

            chair.replaceEditorText("Redditch Voluntary Action provides the secretariat.");
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("status"), "has been saved");

            member.replaceEditorText("The council provides the secretariat.");
            member.submit(By.id("editor:save"));
            member.waitForText(By.id("conflict"), "Person " + scenario.chairOfA + " (Partner " + scenario.tag
                    + ") saved “Secretarial/administrative support” at ");
            assertTrue(member.text(By.id("conflict-heading")).endsWith(", while you were editing it. Nothing was saved."),
                    "the editor is told who saved the other version and when");
            assertEquals("Redditch Voluntary Action provides the secretariat.", member.text(By.id("their-text")));
            String diff = member.text(By.id("diff"));
            assertTrue(diff.contains("Redditch Voluntary Action provides the secretariat.")
                    && diff.contains("The council provides the secretariat."), diff);
            assertTrue(member.text(By.cssSelector("#editor\\:content .ql-editor"))
                    .contains("The council provides the secretariat."), "the second editor's text is kept");

            member.replaceEditorText("Redditch Voluntary Action provides the secretariat, with the council's help.");
            member.submit(By.id("editor:save"));
            member.waitForText(By.id("status"), "has been saved");
            assertTrue(member.text(By.id("section-SECRETARIAL_SUPPORT"))
                    .contains("Redditch Voluntary Action provides the secretariat, with the council's help."));
            assertEquals(List.of(), chair.consoleErrors());
            assertEquals(List.of(), member.consoleErrors());
        }
    }
}
