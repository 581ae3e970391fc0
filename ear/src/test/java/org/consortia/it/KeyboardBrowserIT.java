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
import org.openqa.selenium.Keys;

/** The portal used with the keyboard alone: no mouse click anywhere in these tests. */
@ExtendWith(ArquillianExtension.class)
class KeyboardBrowserIT {

    private static final By EDIT_TERMINATION = By.xpath("//input[@value='Edit “Termination of partnership involvement”']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aChairSignsInOpensASectionOfTheMemorandumWritesAndSavesItWithTheKeyboardAlone() {
        try (Browser chair = new Browser()) {
            chair.open("/login");
            chair.tabTo(By.id("login:email"));
            chair.keys("chair@consortia.test", Keys.TAB, PortalClient.DEMO_PASSWORD);
            chair.enterAndAwaitNextPage();

            chair.open("/w/community-safety/mou");
            chair.tabTo(EDIT_TERMINATION);
            chair.enterAndAwaitNextPage();
            // Edit puts the caret in the section's text, not at the top of the page.
            chair.awaitFocus(By.cssSelector("#editor\\:content .ql-editor"));
            assertEquals("editor-keys", chair.focused().getAttribute("aria-describedby"),
                    "the editor's hint on leaving it with Tab is read out with it");

            chair.keys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Either partner may leave on six months' notice.");
            chair.keys(Keys.TAB);
            assertEquals("editor:save", chair.focused().getAttribute("id"), "Tab leaves the text for Save section");
            assertTrue(!chair.text(By.cssSelector("#editor\\:content .ql-editor")).contains("\t"), "no tab typed");
            chair.enterAndAwaitNextPage();

            chair.waitForText(By.id("status"), "has been saved");
            assertTrue(chair.text(By.id("section-TERMINATION")).contains("Either partner may leave on six months' notice."));
            assertEquals(List.of(), chair.consoleErrors());
        }
    }
}
