package org.consortia.it.annualreport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.annualreport.AnnualReport;
import org.consortia.annualreport.AnnualReportAssembly;
import org.consortia.annualreport.AnnualReportFigures;
import org.consortia.annualreport.AnnualReportRead;
import org.consortia.annualreport.AnnualReportService;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.identity.CouncilRole;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.leaving.Leaving;
import org.consortia.leaving.LeavingService;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The joint annual report (section 9, Evaluation): its figures checked against reviews, cases and
 * exits made in the test; written and agreed by its two authors, two different people; issued and
 * kept as issued; read and commented on by the Corporate Management Team, the Executive and
 * Overview & Scrutiny, and by nobody else.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportServiceIT {

    private static final LocalDate TODAY = LocalDate.now(UkDates.LONDON);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(AnnualReportServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    AnnualReviewService reviews;

    @Inject
    LeavingService leaving;

    @Inject
    AnnualReportService reports;

    @Inject
    AnnualReportAssembly assembly;

    private Scenario world;
    private ApprovalChain chain;
    private String deputy;
    private String scrutiny;
    private String both;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
        deputy = "deputy-" + world.tag + "@example.org";
        scrutiny = "scrutiny-" + world.tag + "@example.org";
        both = "both-" + world.tag + "@example.org";
        fixtures.account(deputy, world.council, CouncilRole.DEPUTY_CHIEF_EXECUTIVE);
        fixtures.account(scrutiny, world.council, CouncilRole.SCRUTINY);
        fixtures.account(both, world.council, CouncilRole.STRATEGY, CouncilRole.DEPUTY_CHIEF_EXECUTIVE);
    }

    /** A financial year before this one that no report has been started for: each test writes its own. */
    private int unusedPastYear() {
        for (int year = AnnualReport.yearOf(TODAY) - 1; year >= 2000; year--) {
            if (fixtures.count("select count(r) from AnnualReport r where r.startsIn = " + year) == 0) {
                return year;
            }
        }
        throw new IllegalStateException("Every year has a report");
    }

    private AnnualReportRead save(String email, int year, String analysis, String recommendations) {
        return as.user(email, () -> reports.save(year, analysis, recommendations, reports.open(year).version()));
    }

    private AnnualReportRead agree(String email, int year) {
        return as.user(email, () -> reports.agree(year, reports.open(year).version()));
    }

    /** Partnership A's first review, considered this year, scored 1 for formal status, 3 for composition, 2 elsewhere. */
    private void aReviewConsideredThisYear() {
        chain.approveTheFirstCase();
        as.user(chain.officer, () -> reviews.start(world.partnershipA));
        as.user(chain.officer, () -> {
            FormContents review = reviews.open(world.partnershipA, null).review();
            return reviews.save(world.partnershipA, review.template().questions().stream().map(TemplateQuestion::id)
                    .filter(id -> id.endsWith("-assessment"))
                    .map(id -> new AnswerEdit(id, id.startsWith("formal-status") ? "1"
                            : id.startsWith("composition") ? "3" : "2", null, null, review.answer(id).getVersion()))
                    .toList());
        });
        as.user(chain.officer, () -> reviews.submit(world.partnershipA, null));
        as.user(world.headOfService, () -> reviews.decide(world.partnershipA, AnnualReviewStep.EVALUATION,
                StepOutcome.EVALUATED, null));
        as.user(world.cmt, () -> reviews.decide(world.partnershipA, AnnualReviewStep.CONSIDERATION,
                StepOutcome.CONSIDERED, "Noted."));
    }

    @Test
    void theFiguresAreTheYearsReviewsCasesNotDemonstratedAndExitsWithTheirLearning() {
        aReviewConsideredThisYear();
        as.user(chain.officer, () -> cases.startNext(world.partnershipA));
        as.user(chain.officer, () -> cases.submit(world.partnershipA, null));
        as.user(world.headOfService, () -> cases.decide(world.partnershipA, BusinessCaseStep.REVIEW_DECISION,
                StepOutcome.NOT_DEMONSTRATED, "The council's priorities have moved on."));
        fixtures.changePartnership(world.partnershipB, partnership -> {
            partnership.setStage(LifecycleStage.PERFORMING);
            partnership.setCouncilEnteredOn(TODAY.minusYears(3));
        });
        as.user(chain.executive, () -> leaving.recordDecision(world.partnershipB, TODAY, DecidingBody.EXECUTIVE,
                ExitReason.ACHIEVED, TODAY.plusMonths(1)));
        Leaving started = as.user(world.strategy, () -> leaving.start(world.partnershipB));
        as.user(world.strategy, () -> leaving.save(world.partnershipB, List.of(
                new AnswerEdit("8", "A youth forum in every ward.", null, null, started.report().answer("8").getVersion()),
                new AnswerEdit("10", "Shared its data sooner.", null, null, started.report().answer("10").getVersion()))));
        Instant beforeSubmission = Instant.now();
        as.user(world.strategy, () -> leaving.submit(world.partnershipB, null));

        AnnualReportFigures figures = as.user(deputy, () -> assembly.assemble(AnnualReport.yearOf(TODAY),
                Instant.now()));
        AnnualReportFigures.ReviewScores reviewOfA = figures.reviews().stream()
                .filter(review -> review.partnershipId() == world.partnershipA).findFirst().orElseThrow();
        assertEquals(TODAY, reviewOfA.consideredOn());
        assertEquals(11, reviewOfA.scores().size(), "one score for each section of Appendix 4a");
        assertEquals(List.of(1, 3, 2), reviewOfA.scores().subList(0, 3));
        assertEquals("Formal status", figures.sections().get(0).section());
        assertTrue(figures.sections().get(0).actionRequired() >= 1);
        assertEquals(figures.reviews().size(), figures.sections().get(5).scored(), "every review scores every section");

        AnnualReportFigures.CaseNotDemonstrated caseOfA = figures.notDemonstrated().stream()
                .filter(notDemonstrated -> notDemonstrated.partnershipId() == world.partnershipA).findFirst().orElseThrow();
        assertEquals(2, caseOfA.caseNumber());
        assertEquals("The council's priorities have moved on.", caseOfA.reasons());

        AnnualReportFigures.Exit exitOfB = figures.exits().stream()
                .filter(exit -> exit.partnershipId() == world.partnershipB).findFirst().orElseThrow();
        assertEquals("Executive", exitOfB.decidedBy());
        assertTrue(exitOfB.reportSubmitted());
        assertEquals("A youth forum in every ward.", exitOfB.achieved());
        assertEquals("Shared its data sooner.", exitOfB.couldDoBetter());
        assertEquals(fixtures.count("select count(p) from Partnership p"
                + " where p.stage = org.consortia.partnership.LifecycleStage.ENDING"),
                figures.byStage().get(LifecycleStage.ENDING).longValue());

        AnnualReportFigures before = as.user(deputy, () -> assembly.assemble(AnnualReport.yearOf(TODAY),
                beforeSubmission));
        assertFalse(before.exits().stream().filter(exit -> exit.partnershipId() == world.partnershipB).findFirst()
                .orElseThrow().reportSubmitted(), "read up to a moment, nothing after it counts");
        AnnualReportFigures lastYear = as.user(deputy, () -> assembly.assemble(AnnualReport.yearOf(TODAY) - 1,
                Instant.now()));
        assertTrue(lastYear.reviews().stream().noneMatch(review -> review.partnershipId() == world.partnershipA),
                "last year's report reads last year only");
        assertThrows(AccessDeniedException.class, () -> as.user(world.headOfService,
                () -> assembly.assemble(AnnualReport.yearOf(TODAY), Instant.now())));
    }

    @Test
    void bothAuthorsAgreeTheSameTextBeforeItIsIssuedAndKeptAsIssued() {
        int year = unusedPastYear();
        assertThrows(AccessDeniedException.class, () -> as.user(world.cmt, () -> reports.start(year)));
        assertThrows(InvalidInputException.class, () -> as.user(world.strategy,
                () -> reports.start(AnnualReport.yearOf(TODAY) + 1)), "a year that has not begun");
        AnnualReportRead draft = as.user(world.strategy, () -> reports.start(year));
        assertTrue(draft.mayEdit());
        assertEquals(CouncilRole.STRATEGY.label(), draft.agreeingAs());
        assertThrows(ConcurrentEditException.class, () -> as.user(deputy, () -> reports.start(year)), "one a year");
        assertThrows(RecordNotFoundException.class, () -> as.user(world.cmt, () -> reports.open(year)),
                "drafts are their authors' alone");
        assertTrue(as.user(scrutiny, () -> reports.list()).stream().noneMatch(summary -> summary.startsIn() == year));

        InvalidInputException notReady = assertThrows(InvalidInputException.class, () -> agree(world.strategy, year));
        assertEquals(Set.of("agree"), notReady.messagesByField().keySet());
        InvalidInputException markup = assertThrows(InvalidInputException.class, () -> save(deputy, year,
                "<script>alert(1)</script>", "Fine"));
        assertEquals(Set.of("analysis"), markup.messagesByField().keySet());
        assertNull(as.user(deputy, () -> reports.open(year)).analysis(), "a refused save changes nothing");
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> save(deputy, year,
                "x".repeat(AnnualReport.TEXT_LIMIT + 1), null));
        assertEquals(Set.of("analysis"), tooLong.messagesByField().keySet());

        save(deputy, year, "Reviews show the partnerships are mostly effective.", "Train chairs in risk management.");
        long seen = as.user(world.strategy, () -> reports.open(year)).version();
        save(deputy, year, "Reviews show the partnerships are mostly effective; two need action.",
                "Train chairs in risk management.");
        assertThrows(ConcurrentEditException.class, () -> as.user(world.strategy, () -> reports.save(year, "Mine",
                "Mine", seen)), "a text changed meanwhile is never overwritten");
        assertThrows(ConcurrentEditException.class, () -> as.user(world.strategy, () -> reports.agree(year, seen)),
                "nobody agrees a text they have not read");

        AnnualReportRead agreedOnce = agree(world.strategy, year);
        assertEquals("Person " + world.strategy, agreedOnce.strategyAgreedBy());
        assertNull(agreedOnce.agreeingAs());
        assertThrows(AccessDeniedException.class, () -> agree(world.strategy, year), "agreed once");
        assertThrows(AccessDeniedException.class, () -> as.user(world.cmt, () -> reports.agree(year, seen)),
                "only its authors agree it");
        save(deputy, year, "Reviews show the partnerships are mostly effective; two need action.",
                "Train chairs in risk management. Review the Memoranda due this spring.");
        assertNull(as.user(deputy, () -> reports.open(year)).strategyAgreedBy(), "a changed text is agreed again");
        agree(world.strategy, year);
        AnnualReportRead issued = agree(deputy, year);
        assertTrue(issued.issued());
        assertFalse(issued.mayEdit());
        assertEquals("Person " + deputy, issued.deputyAgreedBy());
        assertThrows(AccessDeniedException.class, () -> save(world.strategy, year, "Late", "Late"));

        byte[] copy = as.user(world.cmt, () -> reports.exportPdf(year));
        String text = PdfText.of(copy).replaceAll("\\s+", " ");
        for (String expected : List.of("Annual report on the Council's involvement in partnerships " + issued.yearLabel(),
                "two need action", "Review the Memoranda due this spring", "Scores per section across the partnerships"
                + " reviewed", "Partnerships by stage", "Business cases not demonstrated", "Exits and their learning")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        AnnualReportFigures asIssued = as.user(world.cmt, () -> reports.open(year)).figures();
        fixtures.changePartnership(world.partnershipB, partnership -> partnership.setStage(LifecycleStage.PERFORMING));
        as.user(chain.executive, () -> leaving.recordDecision(world.partnershipB, AnnualReport.lastDayOf(year),
                DecidingBody.EXECUTIVE, ExitReason.ACHIEVED, TODAY.plusMonths(1)));
        assertEquals(asIssued, as.user(scrutiny, () -> reports.open(year)).figures(),
                "a decision recorded after the issue, dated in the year, changes neither the page nor the PDF");
        assertTrue(asIssued.exits().stream().noneMatch(exit -> exit.partnershipId() == world.partnershipB));
        assertArrayEquals(copy, as.user(scrutiny, () -> reports.exportPdf(year)), "kept as it was issued");
        assertTrue(as.user(scrutiny, () -> reports.list()).stream().anyMatch(summary -> summary.startsIn() == year));
    }

    @Test
    void onceIssuedTheCouncilsOverseersCommentAndNobodyElseReadsIt() {
        int year = unusedPastYear();
        as.user(both, () -> reports.start(year));
        save(both, year, "Analysis", "Recommendations");
        assertEquals("Person " + both, agree(both, year).strategyAgreedBy(), "first as Strategy");
        assertThrows(AccessDeniedException.class, () -> agree(both, year),
                "holding both roles, one person still agrees once: the report is two people's");
        assertThrows(RecordNotFoundException.class, () -> as.user(scrutiny, () -> reports.comment(year, "Too soon")),
                "a draft is not there to comment on");
        assertThrows(RecordNotFoundException.class, () -> as.user(scrutiny, () -> reports.open(year)));
        agree(deputy, year);

        AnnualReportRead seenByScrutiny = as.user(scrutiny, () -> reports.open(year));
        assertTrue(seenByScrutiny.mayComment());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> as.user(scrutiny, () -> reports.comment(year, "  ")));
        assertEquals(Set.of("comments"), blank.messagesByField().keySet());
        AnnualReportRead commented = as.user(scrutiny, () -> reports.comment(year, "We will call in the community"
                + " safety review."));
        assertEquals(1, commented.comments().size());
        assertEquals("Overview & Scrutiny", commented.comments().get(0).capacity());
        assertNotNull(as.user(chain.executive, () -> reports.comment(year, "Agreed.")));
        assertFalse(as.user(world.strategy, () -> reports.open(year)).mayComment());
        assertThrows(AccessDeniedException.class, () -> as.user(world.strategy, () -> reports.comment(year, "Mine")));
        for (String refused : List.of(world.headOfService, world.admin, world.chairOfA, world.outsider)) {
            assertThrows(AccessDeniedException.class, () -> as.user(refused, () -> reports.open(year)), refused);
            assertThrows(AccessDeniedException.class, () -> as.user(refused, () -> reports.exportPdf(year)), refused);
        }
    }
}
