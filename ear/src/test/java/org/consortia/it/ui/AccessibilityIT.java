package org.consortia.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page passes axe-core's WCAG 2.2 A and AA rules (UK public-sector bodies must meet AA) on a
 * desktop screen 1366 pixels wide and on a 320-pixel phone screen, where no page scrolls sideways
 * except inside a table's own scroll box (WCAG 1.4.10, reflow).
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<Integer> WIDTHS = List.of(1366, 320);

    /**
     * The elements that stick out past the right edge of the screen, outside any scroll box, when the
     * page is wider than the screen; empty when it is not.
     */
    private static final String OVERFLOW = """
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) { return []; }
            const inScrollBox = element => {
              for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) { return true; }
              }
              return false;
            };
            const sticking = [...document.body.querySelectorAll('*')]
              .filter(element => element.getBoundingClientRect().right > width + 1 && !inScrollBox(element))
              .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + (typeof element.className === 'string' && element.className ? '.' + element.className.trim()
                    .split(/\\s+/).join('.') : '') + ' reaches ' + Math.round(element.getBoundingClientRect().right));
            const overflowing = [...document.body.querySelectorAll('*')]
              .filter(element => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0
                && !['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX))
              .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' holds '
                + element.scrollWidth + ' in ' + element.clientWidth);
            return ['page ' + document.documentElement.scrollWidth + ' wide'].concat(sticking.slice(0, 6))
              .concat(overflowing.slice(-4));
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void publicPagesMeetWcagAaAndReflow() {
        try (Browser browser = new Browser()) {
            assertEquals(List.of(), problems(browser, "/login", "/forgot-password", "/reset-password?token=old", "/invitation?token=old",
                    "/register",
                    "/register-entry?slug=community-safety",
                    "/accessibility", "/no-such-page"));
        }
    }

    @Test
    void workspacePagesMeetWcagAaAndReflow() {
        List<String> pages = PortalPages.workspacePages();
        try (Browser browser = new Browser()) {
            browser.signIn(PortalPages.CHAIR, PortalClient.DEMO_PASSWORD);
            assertEquals(List.of(), problems(browser, pages.toArray(String[]::new)));
        }
    }

    @Test
    void databaseAndAdministrationPagesMeetWcagAaAndReflow() {
        List<String> database = PortalPages.databasePages();
        List<String> administration = PortalPages.administrationPages();
        String entry = PortalPages.riskEntry(new PortalClient().signedInAs(PortalPages.CHAIR, PortalClient.DEMO_PASSWORD));
        try (Browser browser = new Browser()) {
            browser.signIn(PortalPages.STRATEGY, PortalClient.DEMO_PASSWORD);
            List<String> found = new ArrayList<>(problems(browser, database.toArray(String[]::new)));
            browser.signIn(PortalPages.ADMIN, PortalClient.DEMO_PASSWORD);
            found.addAll(problems(browser, administration.toArray(String[]::new)));
            browser.signIn("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
            found.addAll(problems(browser, entry, "/w/community-safety/members", "/w/community-safety/mou"));
            assertEquals(List.of(), found);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Browser browser, String... paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            for (int width : WIDTHS) {
                browser.emulateWidth(width);
                browser.open(path);
                if (!path.equals("/no-such-page") && browser.driver().getTitle().startsWith("Page not found")) {
                    found.add(path + " was not found: nothing of it was checked");
                }
                Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
                for (Rule rule : results.getViolations()) {
                    found.add(path + " at " + width + "px: " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getHelp() + " at " + rule.getNodes().stream().limit(3)
                            .map(node -> String.valueOf(node.getTarget())).toList());
                }
                List<String> overflow = (List<String>) browser.script(OVERFLOW);
                if (!overflow.isEmpty()) {
                    found.add(path + " at " + width + "px scrolls sideways: " + overflow);
                }
            }
        }
        return found;
    }
}
