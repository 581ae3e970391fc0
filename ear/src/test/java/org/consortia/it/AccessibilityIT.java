package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
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
            assertEquals(List.of(), problems(browser, "/login", "/register", "/accessibility", "/no-such-page"));
        }
    }

    @Test
    void workspacePagesMeetWcagAaAndReflow() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        String entry = linkOn(chair, "/w/community-safety/risks",
                "a:containsOwn(Home Office grant for the Safer Streets scheme ends)");
        String asOf = linkOn(chair, "/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES",
                "a[href*='mou-as-of?revision=']");
        String membershipHistory = linkOn(chair, "/w/community-safety/members", "a[href*='history?record=MEMBERSHIP']");
        try (Browser browser = new Browser()) {
            browser.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            assertEquals(List.of(), problems(browser, "/", "/w/community-safety", "/w/community-safety/members",
                    "/w/community-safety/mou", "/w/community-safety/mou-verify?hash=" + "0".repeat(64),
                    "/w/community-safety/conduct",
                    "/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES", asOf, membershipHistory,
                    "/w/community-safety/risks", "/w/community-safety/risk", entry,
                    "/w/community-safety/risk-form?form=checklist", "/w/community-safety/risk-form?form=insurance",
                    "/w/community-safety/risk-form-history?form=checklist", "/account/password"));
        }
    }

    @Test
    void databaseAndAdministrationPagesMeetWcagAaAndReflow() {
        PortalClient strategy = new PortalClient().signedInAs("strategy@consortia.test", PortalClient.DEMO_PASSWORD);
        String partnership = linkOn(strategy, "/partnerships/list", "a[href*='/partnerships/view?id=']");
        String partnershipHistory = partnership.replace("/partnerships/view?", "/partnerships/history?");
        PortalClient admin = new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD);
        String accountHistory = linkOn(admin, "/admin/accounts", "a[href*='/admin/history?record=ACCOUNT']");
        String entry = linkOn(new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD),
                "/w/community-safety/risks", "a:containsOwn(Home Office grant for the Safer Streets scheme ends)");
        try (Browser browser = new Browser()) {
            browser.signIn("strategy@consortia.test", PortalClient.DEMO_PASSWORD);
            List<String> found = new ArrayList<>(problems(browser, "/partnerships/list", "/partnerships/edit",
                    "/partnerships/risks", partnership, partnershipHistory));
            browser.signIn("admin@consortia.test", PortalClient.DEMO_PASSWORD);
            found.addAll(problems(browser, "/admin/accounts", "/admin/account", "/admin/organisations",
                    "/admin/organisation", accountHistory));
            browser.signIn("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
            found.addAll(problems(browser, entry, "/w/community-safety/members", "/w/community-safety/mou"));
            assertEquals(List.of(), found);
        }
    }

    /** The address of the first link the selector finds on a page, without the host. */
    private static String linkOn(PortalClient client, String page, String selector) {
        String link = client.get(page).document().select(selector).attr("href");
        if (link.isEmpty()) {
            throw new AssertionError("No " + selector + " on " + page);
        }
        return link.substring(link.indexOf('/', link.startsWith("http") ? 8 : 0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Browser browser, String... paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            for (int width : WIDTHS) {
                browser.emulateWidth(width);
                browser.open(path);
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
