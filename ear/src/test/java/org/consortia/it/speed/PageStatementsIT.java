package org.consortia.it.speed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalPages;
import org.consortia.it.support.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page reads what it shows in a handful of statements: at most ten for one view, whatever
 * the number of rows on it or of workspaces in the portal, within one transaction. Two kinds of
 * page take more transactions, each for a reason: a council read across the workspaces records the
 * visit in the oversight log in a transaction of its own, committed before anything is read; and
 * the home page reads each of the person's workspaces, to list what needs their attention there, in
 * a transaction of its own under that workspace's tenant.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    static final int MOST_STATEMENTS = 10;

    /**
     * Pages with a second transaction: recording an oversight visit before reading across the
     * workspaces (the address begins so), or reading one partnership's public meetings, its business case or where it stands in
     * the cycle (on its record) under its own tenant.
     */
    private static final List<String> AUDITED_READS = List.of("/partnerships/risks", "/partnerships/overview",
            "/partnerships/annual-report?", "/register-entry?slug=community-safety");
    private static final List<String> OWN_TENANT_READS = List.of("/partnerships/business-case?",
            "/partnerships/business-case-history?", "/partnerships/progress-report?", "/partnerships/progress-report-history?",
            "/partnerships/annual-review?", "/partnerships/annual-review-history?", "/partnerships/leaving?",
            "/partnerships/leaving-history?", "/partnerships/view?");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void eachWorkspacePageCostsAtMostTenStatementsInOneTransaction() {
        assertCheap(PortalPages.CHAIR, PortalPages.workspacePages());
    }

    @Test
    void eachDatabasePageCostsAtMostTenStatementsInOneTransaction() {
        assertCheap(PortalPages.STRATEGY, PortalPages.databasePages());
        assertCheap(PortalPages.STRATEGY, List.of("/", "/register", "/register-entry?slug=community-safety"));
    }

    @Test
    void eachAdministrationPageCostsAtMostTenStatementsInOneTransaction() {
        assertCheap(PortalPages.ADMIN, PortalPages.administrationPages());
    }

    private static void assertCheap(String email, List<String> pages) {
        PortalClient client = new PortalClient().signedInAs(email, PortalClient.DEMO_PASSWORD);
        int workspaces = client.get("/").document().select("#my-workspaces a").size();
        List<String> tooDear = new ArrayList<>();
        new StatementCounter().pageViews(client, pages).forEach((page, cost) -> {
            boolean secondTransaction = AUDITED_READS.stream().anyMatch(page::startsWith)
                    || OWN_TENANT_READS.stream().anyMatch(page::startsWith);
            int transactions = 1 + (secondTransaction ? 1 : 0) + (page.equals("/") ? workspaces : 0);
            // The page's own transaction is read only: only the others (which record a visit or read
            // another workspace) may flush.
            int flushes = transactions - 1;
            if (cost.total() > MOST_STATEMENTS || cost.transactions() > transactions || cost.flushes() > flushes) {
                tooDear.add(page + " " + cost);
            }
        });
        assertTrue(tooDear.isEmpty(), "pages over budget: " + tooDear);
    }
}
