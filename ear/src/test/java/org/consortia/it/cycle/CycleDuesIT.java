package org.consortia.it.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.forms.StepOutcome;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.notification.OutboxMessage;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.reminders.DueReminders;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's cycle is due from those who take each step: a business case waiting at a step is
 * e-mailed to whoever takes that step and to nobody else, a progress report to the officer within a
 * month of its period's end, the exit report after a decision to leave.
 */
@ExtendWith(ArquillianExtension.class)
class CycleDuesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(CycleDuesIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    DueReminders reminders;

    private final LocalDate today = LocalDate.now(UkDates.LONDON);
    private Scenario world;
    private ApprovalChain chain;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
    }

    /** The day's reminders, run afresh. */
    private void remind() {
        fixtures.update("delete from DueRun r where r.runOn = ?1", today);
        assertEquals(List.of(), reminders.runFor(today).failedWorkspaces());
    }

    private List<String> subjects(String email) {
        return fixtures.mailTo(email, "due:" + world.partnershipA + ":").stream().map(OutboxMessage::getSubject)
                .filter(subject -> !subject.contains("code of conduct")).toList();
    }

    private String toDo(String what) {
        return "To do: " + what + " (Partnership A " + world.tag + ")";
    }

    @Test
    void aBusinessCaseIsDueFromWhoeverTakesItsNextStepAndFromNobodyElse() {
        chain.draftTheNature();
        remind();
        assertEquals(List.of(toDo("Finish the business case and submit it")), subjects(chain.officer));
        assertEquals(List.of(), subjects(world.headOfService));

        as.user(chain.officer, () -> cases.submit(world.partnershipA, null));
        remind();
        assertEquals(List.of(toDo("The business case waits for you")), subjects(world.headOfService));
        OutboxMessage waiting = fixtures.mailTo(world.headOfService, "due:" + world.partnershipA + ":cycle:").get(0);
        assertTrue(waiting.getTextBody().contains("Authorised by the accountable Head of Service"), waiting.getTextBody());
        assertTrue(waiting.getTextBody().contains("/partnerships/business-case?id=" + world.partnershipA),
                "the council's form, outside the workspace: " + waiting.getTextBody());
        assertEquals(1, subjects(chain.officer).size(), "the officer has nothing more to do meanwhile");

        as.user(world.headOfService, () -> cases.decide(world.partnershipA, BusinessCaseStep.SERVICE_AUTHORISATION,
                StepOutcome.AUTHORISED, null));
        remind();
        assertEquals(List.of(toDo("The business case waits for you")), subjects(chain.finance));
        for (String untold : List.of(chain.legal, chain.executive, chain.director, world.strategy, world.otherHeadOfService,
                world.chairOfA, world.memberOfA)) {
            assertEquals(List.of(), subjects(untold), untold + " takes no step now");
        }
    }

    @Test
    void aYearAfterTheCaseWasLastDemonstratedItsReviewIsDueAndTheAnnualReviewIsNot() {
        chain.approveTheFirstCase();
        fixtures.changePartnership(world.partnershipA, partnership -> partnership.setStage(LifecycleStage.PERFORMING));
        remind();
        assertTrue(subjects(chain.officer).contains(toDo("Carry out this year's annual review").replace("To do: ",
                "Due by " + UkDates.day(today.plusYears(1)) + ": ")), subjects(chain.officer).toString());

        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.update(
                "update FormStep s set s.decidedAt = ?1 where s.partnershipId = ?2", longAgo, world.partnershipA));
        remind();
        List<OutboxMessage> review = fixtures.mailTo(chain.officer, "due:" + world.partnershipA
                + ":business-case-review-due:");
        assertEquals(1, review.size());
        assertTrue(review.get(0).getSubject().startsWith("Overdue since "), review.get(0).getSubject());
        assertTrue(review.get(0).isUrgent());
    }

    @Test
    void aProgressReportIsDueFromTheOfficerAMonthBeforeItsPeriodEndsAndTheExitReportAfterADecisionToLeave() {
        LocalDate entered = today.minusMonths(6).plusDays(10);
        fixtures.changePartnership(world.partnershipA, partnership -> {
            partnership.setStage(LifecycleStage.PERFORMING);
            partnership.setCouncilEnteredOn(entered);
            partnership.setReportingFrequency(ReportingFrequency.ANNUAL);
        });
        remind();
        List<OutboxMessage> due = fixtures.mailTo(chain.officer, "due:" + world.partnershipA + ":progress-report-due:");
        assertEquals(1, due.size());
        assertTrue(due.get(0).getSubject().startsWith("Due by "), due.get(0).getSubject());
        assertTrue(due.get(0).getSubject().contains("Write the progress report for " + UkDates.day(entered)),
                due.get(0).getSubject());
        assertEquals(List.of(), fixtures.mailTo(world.headOfService, "due:" + world.partnershipA + ":progress-report"));

        fixtures.changePartnership(world.partnershipA, partnership -> partnership.decideToLeave(today,
                DecidingBody.EXECUTIVE, ExitReason.ACHIEVED, today.plusMonths(1), today));
        remind();
        List<OutboxMessage> exit = fixtures.mailTo(chain.officer, "due:" + world.partnershipA + ":exit-report:");
        assertEquals(1, exit.size());
        assertTrue(exit.get(0).getSubject().startsWith("Due by " + UkDates.day(today.plusMonths(3))
                + ": Complete the exit report"), exit.get(0).getSubject());
    }
}
