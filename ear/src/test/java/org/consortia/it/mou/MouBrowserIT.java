package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
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
        return Deployments.portal();
    }

    @Test
    void theSecondEditorOfASectionSeesTheConflictAndMerges() {
        try (Browser chair = new Browser(); Browser viceChair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            viceChair.signIn("vice.chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open("/w/community-safety/mou");
            viceChair.open("/w/community-safety/mou");
            chair.submit(By.xpath(EDIT_SECRETARIAL));
            viceChair.submit(By.xpath(EDIT_SECRETARIAL));

            chair.replaceEditorText("Redditch Voluntary Action provides the secretariat.");
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("status"), "has been saved");

            viceChair.replaceEditorText("The council provides the secretariat.");
            viceChair.submit(By.id("editor:save"));
            viceChair.waitForText(By.id("conflict"), "Chris Chair (West Mercia Police) saved “Secretarial/administrative"
                    + " support” at ");
            assertTrue(viceChair.text(By.id("conflict-heading")).endsWith(", while you were editing it. Nothing was saved."),
                    "the editor is told who saved the other version and when");
            assertEquals("Redditch Voluntary Action provides the secretariat.", viceChair.text(By.id("their-text")));
            String diff = viceChair.text(By.id("diff"));
            assertTrue(diff.contains("Redditch Voluntary Action provides the secretariat.")
                    && diff.contains("The council provides the secretariat."), diff);
            assertTrue(viceChair.text(By.cssSelector("#editor\\:content .ql-editor"))
                    .contains("The council provides the secretariat."), "the vice-chair's text is kept");

            viceChair.replaceEditorText("Redditch Voluntary Action provides the secretariat, with the council's help.");
            viceChair.submit(By.id("editor:save"));
            viceChair.waitForText(By.id("status"), "has been saved");
            assertTrue(viceChair.text(By.id("section-SECRETARIAL_SUPPORT"))
                    .contains("Redditch Voluntary Action provides the secretariat, with the council's help."));
            assertEquals(List.of(), chair.consoleErrors());
            assertEquals(List.of(), viceChair.consoleErrors());
        }
    }
}
