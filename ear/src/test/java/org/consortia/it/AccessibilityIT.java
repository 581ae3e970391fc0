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

/** The main pages pass axe-core's WCAG 2.2 A and AA rules (UK public-sector bodies must meet AA). */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void publicPagesMeetWcagAa() {
        try (Browser browser = new Browser()) {
            assertEquals(List.of(), violations(browser, "/login", "/register", "/no-such-page"));
        }
    }

    @Test
    void workspacePagesMeetWcagAa() {
        try (Browser browser = new Browser()) {
            browser.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            assertEquals(List.of(), violations(browser, "/", "/w/community-safety", "/w/community-safety/members",
                    "/w/community-safety/mou", "/w/community-safety/conduct",
                    "/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES", "/w/community-safety/risks",
                    "/w/community-safety/risk", "/w/community-safety/risk-form?form=checklist",
                    "/w/community-safety/risk-form?form=insurance", "/w/community-safety/risk-form-history?form=checklist",
                    demoEntryWithActions(), "/account/password"));
        }
    }

    @Test
    void databaseAndAdministrationPagesMeetWcagAa() {
        try (Browser browser = new Browser()) {
            browser.signIn("strategy@consortia.test", PortalClient.DEMO_PASSWORD);
            List<String> found = new ArrayList<>(violations(browser, "/partnerships/list", "/partnerships/edit",
                    "/partnerships/risks"));
            browser.signIn("admin@consortia.test", PortalClient.DEMO_PASSWORD);
            found.addAll(violations(browser, "/admin/accounts", "/admin/account", "/admin/organisations",
                    "/admin/organisation"));
            assertEquals(List.of(), found);
        }
    }

    /** The demo register's entry with actions and a score trail, found by its title. */
    private static String demoEntryWithActions() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        String link = chair.get("/w/community-safety/risks").document()
                .select("a:containsOwn(Home Office grant for the Safer Streets scheme ends)").attr("href");
        return link.substring(link.indexOf("/w/"));
    }

    private static List<String> violations(Browser browser, String... paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            browser.open(path);
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
            for (Rule rule : results.getViolations()) {
                found.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        return found;
    }
}
