package org.consortia.it.progressreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.CouncilRole;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.progressreport.ProgressReport;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.progressreport.ProgressReportStep;
import org.consortia.progressreport.ReportingPeriod;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A progress report's chain (section 8, Appendix 3): written by the officer representative for its
 * period, submitted by the accountable Head of Service (or a Director) to the Corporate Management
 * Team and the Portfolio Holder, who comment on it once received; anyone else, or the right person
 * at the wrong step, is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressReportServiceIT {

    private static final LocalDate ENTERED = LocalDate.of(2026, 8, 31);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(ProgressReportServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    ProgressReportService reports;

    private Scenario world;
    private ApprovalChain chain;
    private String officer;
    private String portfolioHolder;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
        officer = chain.officer;
        portfolioHolder = "portfolio-" + world.tag + "@example.org";
        fixtures.account(portfolioHolder, world.council, CouncilRole.PORTFOLIO_HOLDER);
    }

    private void councilEntered(LocalDate on, ReportingFrequency frequency, boolean contributes) {
        fixtures.changePartnership(world.partnershipA, partnership -> {
            partnership.setStage(LifecycleStage.PERFORMING);
            partnership.setCouncilEnteredOn(on);
            partnership.setReportingFrequency(frequency);
            partnership.setCouncilContributes(contributes);
        });
    }

    private ProgressReport open(String email) {
        return as.user(email, () -> reports.open(world.partnershipA, null));
    }

    private FormContents answer(String email, String question, String value) {
        return as.user(email, () -> {
            FormContents form = reports.open(world.partnershipA, null).report();
            return reports.save(world.partnershipA, List.of(new AnswerEdit(question, value, null, null,
                    form.answer(question).getVersion())));
        });
    }

    private ProgressReport decide(String email, ProgressReportStep step, StepOutcome outcome, String comments) {
        return as.user(email, () -> reports.decide(world.partnershipA, open(world.strategy).number(), step, outcome,
                comments));
    }

    private void refusedAndNothingChanged(Class<? extends Throwable> refusal, Executable attempt) {
        int steps = open(world.strategy).steps().size();
        assertThrows(refusal, attempt);
        assertEquals(steps, open(world.strategy).steps().size(), "a refused step records nothing");
    }

    /** The officer starts the report and answers what sending it on needs. */
    private void writeTheFirstReport() {
        as.user(officer, () -> reports.start(world.partnershipA));
        answer(officer, "achievements", "A youth forum in every ward.");
        answer(officer, "work-plan", "Two more forums next year.");
    }

    @Test
    void theReportGoesFromTheOfficerThroughTheHeadOfServiceToThoseWhoCommentAndIsKeptOnceReceived() {
        councilEntered(ENTERED, ReportingFrequency.ANNUAL, false);
        ProgressReport before = open(officer);
        assertFalse(before.started());
        assertEquals(new ReportingPeriod(ENTERED, LocalDate.of(2027, 2, 28)), before.next(),
                "the first report is due six months after the Council entered, at the month's end");
        assertTrue(before.mayStart());

        ProgressReport started = as.user(officer, () -> reports.start(world.partnershipA));
        assertEquals(ENTERED, started.report().form().getPeriodStart());
        assertEquals(LocalDate.of(2027, 2, 28), started.report().form().getPeriodEnd());
        assertEquals(fixtures.inOneTransaction(() -> fixtures.find(Partnership.class, world.partnershipA).getName()),
                started.report().answer("name").getValue(), "the partnership's name is filled in");
        assertTrue(started.mayEdit());
        assertThrows(ConcurrentEditException.class, () -> as.user(officer, () -> reports.start(world.partnershipA)),
                "one report at a time");
        answer(officer, "achievements", "A youth forum in every ward.");
        answer(officer, "work-plan", "Two more forums next year.");

        ProgressReport sent = as.user(officer, () -> reports.submit(world.partnershipA, "Ready for you."));
        assertEquals(ProgressReportStep.SUBMISSION, sent.currentStep());
        assertEquals(FormState.SUBMITTED, sent.report().form().getState());
        assertThrows(AccessDeniedException.class, () -> answer(officer, "comments", "Late addition"),
                "a report with the Head of Service is not changed");
        assertEquals(List.of(StepOutcome.REPORTED, StepOutcome.RETURNED), open(world.headOfService).mayDecide());

        ProgressReport received = decide(world.headOfService, ProgressReportStep.SUBMISSION, StepOutcome.REPORTED, null);
        assertEquals(FormState.RECEIVED, received.report().form().getState());
        assertEquals(ProgressReportStep.RECEIVED, received.currentStep());
        assertThrows(AccessDeniedException.class, () -> answer(officer, "comments", "Late addition"),
                "a report received is kept as it was");
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(world.cmt, ProgressReportStep.RECEIVED,
                StepOutcome.COMMENTED, "  "));
        decide(world.cmt, ProgressReportStep.RECEIVED, StepOutcome.COMMENTED, "Encouraging: keep it up.");
        ProgressReport commented = decide(portfolioHolder, ProgressReportStep.RECEIVED, StepOutcome.COMMENTED,
                "Please bring the forum to the next portfolio briefing.");
        assertEquals(List.of("SUBMITTED by " + officer, "REPORTED by " + world.headOfService, "COMMENTED by " + world.cmt,
                "COMMENTED by " + portfolioHolder), commented.steps().stream()
                .map(step -> step.getOutcome() + " by " + step.getDecidedBy().getEmail()).toList());
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                ProgressReportStep.RECEIVED, StepOutcome.COMMENTED, "Mine too"));

        ProgressReport afterwards = open(officer);
        assertEquals(new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)), afterwards.next(),
                "an annual report later runs a year on, to the leap day");
        ProgressReport second = as.user(officer, () -> reports.start(world.partnershipA));
        assertEquals(2, second.number());
        assertNull(second.report().answer("achievements").getValue(), "each period's achievements are its own");
        assertEquals("Two more forums next year.", second.report().answer("work-plan").getValue(),
                "the work plan is carried over to update");
        assertEquals(2, second.made().size());
        ProgressReport first = as.user(world.cmt, () -> reports.open(world.partnershipA, 1));
        assertEquals("A youth forum in every ward.", first.report().answer("achievements").getValue());
        assertEquals(List.of(StepOutcome.COMMENTED), first.mayDecide(), "a report received stays open to comments");
    }

    @Test
    void eachStepIsRefusedToAnyoneItDoesNotNameAndAReturnGoesBackToTheWriter() {
        councilEntered(ENTERED, ReportingFrequency.SIX_MONTHLY, false);
        assertThrows(AccessDeniedException.class, () -> as.user(world.cmt, () -> reports.start(world.partnershipA)));
        as.user(officer, () -> reports.start(world.partnershipA));
        assertThrows(InvalidInputException.class, () -> as.user(officer, () -> reports.submit(world.partnershipA, null)),
                "the achievements are answered before the report is sent");
        answer(officer, "achievements", "A youth forum in every ward.");
        assertThrows(AccessDeniedException.class, () -> answer(world.cmt, "comments", "Mine"));
        as.user(officer, () -> reports.submit(world.partnershipA, null));

        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(officer, ProgressReportStep.SUBMISSION,
                StepOutcome.REPORTED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.otherHeadOfService,
                ProgressReportStep.SUBMISSION, StepOutcome.REPORTED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(chain.director, ProgressReportStep.SUBMISSION,
                StepOutcome.REPORTED, null));
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(world.cmt, ProgressReportStep.SUBMISSION,
                StepOutcome.COMMENTED, "Skipping ahead"));
        refusedAndNothingChanged(ConcurrentEditException.class, () -> decide(world.cmt, ProgressReportStep.RECEIVED,
                StepOutcome.COMMENTED, "Too early"));
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(world.headOfService,
                ProgressReportStep.SUBMISSION, StepOutcome.RETURNED, ""));

        ProgressReport returned = decide(world.headOfService, ProgressReportStep.SUBMISSION, StepOutcome.RETURNED,
                "Say what the forums cost.");
        assertEquals(ProgressReportStep.WRITING, returned.currentStep());
        answer(officer, "contributions", "£2,000 towards venues.");
        ProgressReport again = as.user(officer, () -> reports.submit(world.partnershipA, null));
        assertEquals(ProgressReportStep.SUBMISSION, again.currentStep());

        for (String partner : List.of(world.chairOfA, world.memberOfA, world.outsider)) {
            assertThrows(RecordNotFoundException.class, () -> open(partner), partner + " never learns of the report");
            assertThrows(RecordNotFoundException.class, () -> as.user(partner, () -> reports.exportPdf(world.partnershipA,
                    null)));
            assertThrows(RecordNotFoundException.class, () -> as.user(partner, () -> reports.history(world.partnershipA,
                    null)));
        }
    }

    @Test
    void aDirectorSubmitsAReportTheHeadOfServiceWroteThemselves() {
        councilEntered(ENTERED, ReportingFrequency.ANNUAL, false);
        as.user(world.headOfService, () -> reports.start(world.partnershipA));
        answer(world.headOfService, "achievements", "A youth forum in every ward.");
        as.user(world.headOfService, () -> reports.submit(world.partnershipA, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                ProgressReportStep.SUBMISSION, StepOutcome.REPORTED, null));
        ProgressReport received = decide(chain.director, ProgressReportStep.SUBMISSION, StepOutcome.REPORTED, null);
        assertEquals(FormState.RECEIVED, received.report().form().getState());
    }

    @Test
    void theFinancesAreAskedOnlyWhereTheCouncilContributes() {
        councilEntered(ENTERED, ReportingFrequency.ANNUAL, false);
        ProgressReport started = as.user(officer, () -> reports.start(world.partnershipA));
        assertTrue(started.report().template().question("finances").isEmpty());
        assertThrows(InvalidInputException.class, () -> as.user(officer, () -> reports.save(world.partnershipA,
                List.of(new AnswerEdit("finances", "[]", null, null, 0)))));

        councilEntered(ENTERED, ReportingFrequency.ANNUAL, true);
        ProgressReport contributing = open(officer);
        assertTrue(contributing.report().template().question("finances").isPresent());
        assertTrue(contributing.councilContributes());
    }

    @Test
    void aSubGroupReportsThroughItsParentAndNothingStartsBeforeTheCouncilEnters() {
        ProgressReport forming = open(officer);
        assertNull(forming.next());
        assertFalse(forming.mayStart());
        assertThrows(AccessDeniedException.class, () -> as.user(officer, () -> reports.start(world.partnershipA)));

        councilEntered(ENTERED, ReportingFrequency.ANNUAL, false);
        fixtures.subGroup(world.partnershipB, world.partnershipA);
        fixtures.changePartnership(world.partnershipB, subGroup -> {
            subGroup.setStage(LifecycleStage.PERFORMING);
            subGroup.setCouncilEnteredOn(ENTERED);
        });
        String subGroupName = fixtures.inOneTransaction(() -> fixtures.find(Partnership.class, world.partnershipB).getName());
        assertEquals(List.of(subGroupName), open(officer).subGroups());
        ProgressReport ofTheSubGroup = as.user(world.strategy, () -> reports.open(world.partnershipB, null));
        assertNull(ofTheSubGroup.next(), "a sub-group makes no report of its own");
        assertEquals(open(officer).partnershipName(), ofTheSubGroup.parentName());
        assertThrows(AccessDeniedException.class, () -> as.user(world.strategy, () -> reports.start(world.partnershipB)));
    }

    @Test
    void theReportDownloadsWithItsPeriodAndStepsAndEveryChangeIsKept() {
        councilEntered(ENTERED, ReportingFrequency.ANNUAL, false);
        writeTheFirstReport();
        as.user(officer, () -> reports.submit(world.partnershipA, "Ready."));
        decide(world.headOfService, ProgressReportStep.SUBMISSION, StepOutcome.REPORTED, "For CMT on Tuesday.");
        String pdf = PdfText.of(as.user(world.cmt, () -> reports.exportPdf(world.partnershipA, 1)))
                .replaceAll("\\s+", " ");
        for (String expected : List.of("REPORTING ON PARTNERSHIP ACTIVITIES AND PROGRESS",
                "Period reported on: 31 August 2026 to 28 February 2027", "A youth forum in every ward.",
                "Submission and comments", "For CMT on Tuesday.")) {
            assertTrue(pdf.contains(expected), expected + " in: " + pdf);
        }
        List<HistoryEntry> history = as.user(world.cmt, () -> reports.history(world.partnershipA, 1));
        assertTrue(history.size() >= 2, "each save is kept: " + history.size());
        List<FormStep> steps = open(world.cmt).steps();
        assertEquals("For CMT on Tuesday.", steps.get(steps.size() - 1).getComments());
    }
}
