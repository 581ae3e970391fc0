package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.consortia.listing.PageRequest;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskPortfolioService;
import org.consortia.risk.RiskRegisterService;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite (its name does not end in IT): benchmarks/risk-register.sh runs it.
 * It times one workspace's register list and heat map with 20 workspaces of 50 entries, then again
 * with 200 workspaces (10,000 entries), and the council's portfolio view; it logs the figures and
 * asserts only that the work was done.
 */
@ExtendWith(ArquillianExtension.class)
class RiskRegisterBenchmark {

    private static final int ENTRIES_PER_WORKSPACE = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(RiskRegisterBenchmark.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    RiskRegisterService register;

    @Inject
    RiskPortfolioService portfolio;

    @Test
    void oneWorkspacesRegisterDoesNotSlowDownAsOtherWorkspacesGrow() {
        Scenario world = new Scenario(fixtures);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.riskEntries(ENTRIES_PER_WORKSPACE, "A"));
        addWorkspaces(world, 19);
        measure(world, "with 20 workspaces");
        addWorkspaces(world, 180);
        measure(world, "with 200 workspaces (10,000 entries)");
        int above = Benchmark.time("the council's portfolio of entries above tolerance, 200 workspaces",
                () -> as.user(world.cmt, portfolio::aboveTolerance)).size();
        Benchmark.log("portfolio entries above tolerance: %d", above);
    }

    private void addWorkspaces(Scenario world, int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String slug = "bench-" + world.tag + "-" + System.nanoTime();
            long partnership = fixtures.partnership("Benchmark " + slug, slug, null);
            CurrentWorkspace.runIn(partnership, () -> fixtures.riskEntries(ENTRIES_PER_WORKSPACE, slug));
        }
        Benchmark.log("adding %d workspaces of %d entries: %.1f s", count, ENTRIES_PER_WORKSPACE,
                (System.nanoTime() - started) / 1e9);
    }

    private void measure(Scenario world, String when) {
        int shown = Benchmark.time("register list, first page of 20, " + when, () -> as.inWorkspace(world.memberOfA,
                world.partnershipA, () -> register.search(RiskFilter.none(), new PageRequest(0, 20, "title", true))))
                .items().size();
        assertEquals(20, shown);
        Benchmark.time("register list filtered by score of 12 or more, " + when, () -> as.inWorkspace(world.memberOfA,
                world.partnershipA, () -> register.search(new RiskFilter(null, null, null, null, 12, false),
                        new PageRequest(0, 20, "title", true))));
        Benchmark.time("heat map, " + when, () -> as.inWorkspace(world.memberOfA, world.partnershipA, register::heatMap));
    }
}
