package org.consortia.it.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.overview.OverviewRow;
import org.consortia.overview.OverviewService;
import org.consortia.overview.Rating;
import org.consortia.partnership.LifecycleStage;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's overview, its figures checked against records made in the test: a partnership the
 * Council has just entered, with no Memorandum, unsigned code of conduct, one risk above tolerance
 * and one overdue action; and only the council's overseers may read it.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewServiceIT {

    private static final LocalDate TODAY = LocalDate.now(UkDates.LONDON);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(OverviewServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    OverviewService overview;

    private Scenario world;
    private ApprovalChain chain;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
    }

    private OverviewRow rowOfA(List<OverviewRow> rows) {
        return rows.stream().filter(row -> row.partnershipId() == world.partnershipA).findFirst()
                .orElseThrow(() -> new AssertionError("Partnership A is not in " + rows));
    }

    @Test
    void eachCellIsReadFromTheRecordsAndRatedByTheRules() {
        chain.approveTheFirstCase();
        CurrentWorkspace.runIn(world.partnershipA, () -> {
            fixtures.lowRiskEntries(2, "Entry");
            fixtures.entryAboveToleranceWithOverdueAction("Funding gap", world.chairOfAId);
        });

        OverviewRow row = rowOfA(as.user(world.cmt, () -> overview.rows(null, null, false)));
        assertEquals(LifecycleStage.PERFORMING, row.stage());
        assertEquals("Not started", row.memorandum().text());
        assertEquals(Rating.RED, row.memorandum().rating(), "a performing partnership owes its Memorandum");
        assertEquals("/w/" + world.slugA + "/mou", row.memorandum().link());
        assertEquals("0 of 3 representatives in office have signed", row.conduct().text());
        assertEquals(Rating.RED, row.conduct().rating());
        assertEquals("1 entry above tolerance", row.risks().text());
        assertEquals(Rating.AMBER, row.risks().rating());
        assertEquals("/w/" + world.slugA + "/risks?from=13", row.risks().link());
        assertEquals("1 action overdue", row.actions().text());
        assertEquals(Rating.AMBER, row.actions().rating());
        assertEquals("Report due by " + UkDates.day(TODAY.plusMonths(6)), row.progressReport().text());
        assertEquals(Rating.GREEN, row.progressReport().rating());
        assertEquals("Review due by " + UkDates.day(TODAY.plusYears(1)), row.review().text());
        assertEquals(Rating.GREEN, row.review().rating());
        assertEquals(Rating.RED, row.worst());
        assertEquals(List.of("Memorandum", "Code of conduct"), row.overdue());

        OverviewRow ofB = as.user(world.strategy, () -> overview.rows(null, null, false)).stream()
                .filter(candidate -> candidate.partnershipId() == world.partnershipB).findFirst().orElseThrow();
        assertEquals(Rating.NOT_DUE, ofB.memorandum().rating(), "nothing is owed while forming");
        assertEquals(Rating.NOT_DUE, ofB.progressReport().rating());

        assertTrue(as.user(world.cmt, () -> overview.rows(LifecycleStage.FORMING, null, false)).stream()
                .noneMatch(candidate -> candidate.partnershipId() == world.partnershipA), "filtered by stage");
        rowOfA(as.user(world.cmt, () -> overview.rows(LifecycleStage.PERFORMING, Rating.RED, true)));
        String csv = new String(as.user(world.cmt, () -> overview.export(LifecycleStage.PERFORMING, Rating.RED, true))
                .bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Partnership A " + world.tag + "\",\"Performing\",\"Not started\",\"Red\""), csv);
    }

    @Test
    void onlyTheCouncilsOverseersReadTheOverview() {
        for (String refused : List.of(world.headOfService, world.admin, world.chairOfA, world.outsider)) {
            assertThrows(AccessDeniedException.class, () -> as.user(refused, () -> overview.rows()), refused);
        }
        as.user(chain.executive, () -> overview.rows());
        as.user(world.strategy, () -> overview.rows());
    }
}
