package org.consortia.it.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.cycle.CycleItem;
import org.consortia.cycle.CycleService;
import org.consortia.cycle.CycleStage;
import org.consortia.cycle.PartnershipCycle;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.leaving.LeavingService;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipService;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partnership record's view of the cycle: the stage the council is at, and for each stage the
 * documents and forms it asks for, where each stands and what is outstanding once the stage is
 * reached; business cases only for those they are open to.
 */
@ExtendWith(ArquillianExtension.class)
class CycleServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(CycleServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    CycleService cycles;

    @Inject
    ProgressReportService reports;

    @Inject
    AnnualReviewService annualReviews;

    @Inject
    LeavingService leaving;

    @Inject
    PartnershipService partnerships;

    private Scenario world;
    private ApprovalChain chain;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
    }

    private PartnershipCycle cycle(String email) {
        return as.user(email, () -> cycles.of(fixtures.find(Partnership.class, world.partnershipA)));
    }

    private static CycleItem item(PartnershipCycle cycle, String title) {
        return cycle.stages().stream().flatMap(stage -> stage.items().stream())
                .filter(item -> item.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + title + " in " + cycle));
    }

    @Test
    void aFormingPartnershipOwesItsBusinessCaseAndNothingOfTheLaterStagesYet() {
        PartnershipCycle forming = cycle(world.headOfService);
        assertEquals(LifecycleStage.FORMING, forming.stage());
        assertEquals(List.of(true, false, false, false), forming.stages().stream().map(CycleStage::current).toList());
        CycleItem businessCase = item(forming, "Business case");
        assertEquals("Not started", businessCase.state());
        assertEquals("Draft the business case and submit it for authorisation", businessCase.outstanding());
        assertEquals("/partnerships/business-case?id=" + world.partnershipA, businessCase.link());
        assertEquals("Not started", item(forming, "Questions to ask before setting up a Partnership").state());
        assertNull(item(forming, "Memorandum of Understanding").outstanding(), "not due while forming");
        assertEquals(2, forming.outstanding());

        chain.answer(chain.officer, BusinessCaseService.PRE_CHECK, "1", "yes");
        chain.draftTheNature();
        as.user(chain.officer, () -> cases.submit(world.partnershipA, null));
        PartnershipCycle submitted = cycle(world.cmt);
        assertTrue(item(submitted, "Business case").state().startsWith("Waits for: Authorised by the accountable Head"),
                item(submitted, "Business case").state());
        assertTrue(item(submitted, "Questions to ask before setting up a Partnership").state()
                .matches("1 of \\d+ questions answered"));
    }

    @Test
    void onApprovalTheFrameworkIsDueAndTheYearlyReviewIsDatedFromTheApproval() {
        chain.approveTheFirstCase();
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.lowRiskEntries(2, "Entry"));
        PartnershipCycle performing = cycle(world.strategy);
        assertEquals(LifecycleStage.PERFORMING, performing.stage());
        assertEquals(List.of(false, true, true, false), performing.stages().stream().map(CycleStage::current).toList());
        assertTrue(item(performing, "Business case").state().startsWith("Approved on "));
        assertNull(item(performing, "Business case").outstanding());
        assertEquals("Draft the Memorandum and put it for agreement", item(performing, "Memorandum of Understanding")
                .outstanding());
        assertEquals("2 open entries", item(performing, "Joint risk register").state());
        assertEquals("/w/" + world.slugA + "/risks", item(performing, "Joint risk register").link());
        assertTrue(item(performing, "Managing Risk and Opportunity Checklist").outstanding().endsWith("questions to answer"));
        CycleItem review = item(performing, "Business case demonstrated for the year");
        assertTrue(review.state().startsWith("Last made on ") && review.state().contains("the next review is due by"),
                review.state());
        assertNull(review.outstanding(), "the first review is a year away");
        CycleItem annualReview = item(performing, "Annual review");
        assertEquals("None yet", annualReview.state());
        assertEquals("This year's review is due: the business case was demonstrated on "
                + UkDates.day(LocalDate.now(UkDates.LONDON)), annualReview.outstanding());
        as.user(chain.officer, () -> annualReviews.start(world.partnershipA));
        CycleItem started = item(cycle(world.strategy), "Annual review");
        assertEquals("Review 1: being carried out", started.state());
        assertNull(started.outstanding());

        as.user(chain.officer, () -> cases.startNext(world.partnershipA));
        assertTrue(item(cycle(world.strategy), "Business case demonstrated for the year").state()
                .contains("This year's review: Being drafted"));
    }

    @Test
    void theProgressReportIsDueSixMonthsFromEntryAndOverdueAfterwardsAndASubGroupReportsThroughItsParent() {
        assertEquals("The first is due six months after the Council enters the partnership",
                item(cycle(world.strategy), "Progress report").state());
        LocalDate entered = LocalDate.now(UkDates.LONDON).minusMonths(7);
        fixtures.changePartnership(world.partnershipA, partnership -> {
            partnership.setStage(LifecycleStage.PERFORMING);
            partnership.setCouncilEnteredOn(entered);
        });
        CycleItem overdue = item(cycle(world.strategy), "Progress report");
        assertEquals("None yet; the next is due by " + UkDates.day(entered.plusMonths(6)), overdue.state());
        assertEquals("The report was due by " + UkDates.day(entered.plusMonths(6)), overdue.outstanding());
        assertEquals("/partnerships/progress-report?id=" + world.partnershipA, overdue.link());

        as.user(chain.officer, () -> reports.start(world.partnershipA));
        CycleItem inHand = item(cycle(world.strategy), "Progress report");
        assertEquals("Report 1 for " + UkDates.day(entered) + " to " + UkDates.day(entered.plusMonths(6))
                + ": being written", inHand.state());
        assertEquals("The report was due by " + UkDates.day(entered.plusMonths(6)), inHand.outstanding());

        fixtures.subGroup(world.partnershipB, world.partnershipA);
        PartnershipCycle ofTheSubGroup = as.user(world.strategy,
                () -> cycles.of(partnerships.find(world.partnershipB)));
        CycleItem throughParent = item(ofTheSubGroup, "Progress report");
        assertTrue(throughParent.state().startsWith("Reports through Partnership A"), throughParent.state());
        assertNull(throughParent.outstanding());
    }

    @Test
    void aDecisionToLeaveMakesTheExitReportOutstandingUntilItIsSubmitted() {
        chain.approveTheFirstCase();
        assertEquals("None: the Council remains involved",
                item(cycle(world.strategy), "Decision to end the Council's involvement").state());
        LocalDate decidedOn = LocalDate.now(UkDates.LONDON).minusDays(3);
        as.user(chain.executive, () -> leaving.recordDecision(world.partnershipA, decidedOn, DecidingBody.EXECUTIVE,
                ExitReason.ACHIEVED, decidedOn.plusMonths(2)));
        PartnershipCycle ending = cycle(world.strategy);
        assertEquals(LifecycleStage.ENDING, ending.stage());
        assertEquals(List.of(false, false, false, true), ending.stages().stream().map(CycleStage::current).toList());
        assertTrue(item(ending, "Decision to end the Council's involvement").state().startsWith("Decided by the Executive"
                + " on " + UkDates.day(decidedOn)));
        CycleItem report = item(ending, "Exit report");
        assertEquals("Not started; due by " + UkDates.day(decidedOn.plusMonths(3)), report.state());
        assertNull(item(ending, "Annual review").outstanding(), "the exit report takes the review's place");

        LocalDate enteredLongAgo = LocalDate.now(UkDates.LONDON).minusYears(1);
        fixtures.changePartnership(world.partnershipA, partnership -> partnership.setCouncilEnteredOn(enteredLongAgo));
        assertEquals("The report was due by " + UkDates.day(enteredLongAgo.plusMonths(6)),
                item(cycle(world.strategy), "Progress report").outstanding(),
                "progress is reported until the Council's involvement ends");
        assertEquals("Complete the exit report and submit it to the Corporate Management Team", report.outstanding());

        as.user(chain.officer, () -> leaving.start(world.partnershipA));
        as.user(chain.officer, () -> leaving.submit(world.partnershipA, null));
        CycleItem submitted = item(cycle(world.strategy), "Exit report");
        assertTrue(submitted.state().startsWith("Submitted to the Corporate Management Team"), submitted.state());
        assertNull(submitted.outstanding());
    }

    @Test
    void theCycleIsTheCouncilsAndBusinessCasesAppearOnlyToThoseTheyAreOpenTo() {
        assertThrows(AccessDeniedException.class, () -> cycle(world.chairOfA), "partners do not read the database");
        assertThrows(AccessDeniedException.class, () -> cycle(world.outsider));
        PartnershipCycle administrators = cycle(world.admin);
        assertTrue(administrators.stages().stream().flatMap(stage -> stage.items().stream())
                .noneMatch(item -> item.link().contains("business-case") || item.link().contains("progress-report")
                        || item.link().contains("leaving")),
                administrators.toString());
        assertEquals("Memorandum of Understanding", administrators.stages().get(1).items().get(0).title());
    }
}
