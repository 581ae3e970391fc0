package org.consortia.it.annualreview;

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
import org.consortia.annualreview.AnnualReview;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormEvidence;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The annual review (section 9, Appendices 4 and 4a): it follows the business case demonstrated for
 * the year and stops where it was not; the evidence the portal knows is read from records made in
 * the test; each step by the role it names, in order, and the review kept once considered.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReviewServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(AnnualReviewServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    AnnualReviewService reviews;

    private Scenario world;
    private ApprovalChain chain;
    private String officer;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
        officer = chain.officer;
    }

    private AnnualReview open(String email) {
        return as.user(email, () -> reviews.open(world.partnershipA, null));
    }

    private String finding(AnnualReview review, String question) {
        FormEvidence finding = review.evidenceFor(question);
        return finding == null ? null : finding.getFinding();
    }

    /** The officer gives every section its self-assessment, "could be improved", in one save. */
    private void assessEverySection() {
        as.user(officer, () -> {
            FormContents review = reviews.open(world.partnershipA, null).review();
            List<AnswerEdit> edits = review.template().questions().stream().map(TemplateQuestion::id)
                    .filter(id -> id.endsWith("-assessment"))
                    .map(id -> new AnswerEdit(id, "2", "Keep as it is.", null, review.answer(id).getVersion())).toList();
            return reviews.save(world.partnershipA, edits);
        });
    }

    private AnnualReview decide(String email, AnnualReviewStep step, StepOutcome outcome, String comments) {
        return as.user(email, () -> reviews.decide(world.partnershipA, step, outcome, comments));
    }

    private void refusedAndNothingChanged(Class<? extends Throwable> refusal, Executable attempt) {
        int steps = open(world.strategy).steps().size();
        assertThrows(refusal, attempt);
        assertEquals(steps, open(world.strategy).steps().size(), "a refused step records nothing");
    }

    @Test
    void theReviewFollowsTheBusinessCaseWithTheEvidenceThePortalKnowsAndGoesToTheHeadOfServiceThenCmt() {
        AnnualReview forming = open(officer);
        assertFalse(forming.mayStart());
        assertTrue(forming.startRefusedBecause().contains("still forming"), forming.startRefusedBecause());
        assertThrows(AccessDeniedException.class, () -> as.user(officer, () -> reviews.start(world.partnershipA)));

        chain.approveTheFirstCase();
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.lowRiskEntries(2, "Entry"));
        AnnualReview ready = open(officer);
        assertNull(ready.startRefusedBecause());
        assertTrue(ready.mayStart());
        assertFalse(open(world.cmt).mayStart(), "the review is the officer's to carry out");

        AnnualReview started = as.user(officer, () -> reviews.start(world.partnershipA));
        assertEquals(FormState.DRAFT, started.review().form().getState());
        assertEquals("The joint risk register has 2 open entries, 0 above the partnership's tolerance (12), 0 past their"
                + " review date and 0 overdue mitigation actions.", finding(started, "risk-1"));
        assertEquals(finding(started, "risk-1"), started.review().answer("risk-1").getValue(),
                "the finding is filled in for the officer to confirm");
        assertEquals("/w/" + world.slugA + "/risks", started.evidenceFor("risk-1").getLink());
        assertEquals("Where you disagree with the evidence the portal found, say why",
                started.review().template().question("risk-1").orElseThrow().noteLabel());
        assertEquals("No Memorandum of Understanding has been started.", finding(started, "formal-status-2"));
        assertTrue(finding(started, "outcomes-1").startsWith("The business case for continuing was demonstrated on "
                + UkDates.day(LocalDate.now(UkDates.LONDON))), finding(started, "outcomes-1"));
        assertTrue(finding(started, "outcomes-4").startsWith("0 meetings held in the last twelve months against a"
                + " minimum of 4 a year"), finding(started, "outcomes-4"));
        assertEquals("no", started.review().answer("equality-1").getValue(), "no assessment is attached");
        assertEquals("No equality impact assessment is attached to the partnership's business case.",
                started.review().answer("equality-1").getNote());
        assertThrows(ConcurrentEditException.class, () -> as.user(officer, () -> reviews.start(world.partnershipA)),
                "one review at a time");

        assertThrows(InvalidInputException.class, () -> as.user(officer, () -> reviews.submit(world.partnershipA, null)),
                "every section is assessed before the review is submitted");
        assessEverySection();
        as.user(officer, () -> reviews.submit(world.partnershipA, "Ready for evaluation."));
        assertEquals(LocalDate.now(UkDates.LONDON).plusMonths(6), CurrentWorkspace.callIn(world.partnershipA,
                () -> fixtures.single("select a.deadline from MitigationAction a where a.responsible.email = '" + officer
                        + "' and a.doneOn is null and a.entry.title = 'No Equality Impact Assessment of the partnership'",
                        LocalDate.class)),
                "no equality impact assessment starts an action for the officer in the register, due in six months");
        assertThrows(AccessDeniedException.class, () -> assessEverySection(), "a submitted review is not changed");

        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.cmt, AnnualReviewStep.EVALUATION,
                StepOutcome.EVALUATED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(chain.director, AnnualReviewStep.EVALUATION,
                StepOutcome.EVALUATED, null));
        refusedAndNothingChanged(ConcurrentEditException.class, () -> decide(world.cmt, AnnualReviewStep.CONSIDERATION,
                StepOutcome.CONSIDERED, null));
        decide(world.headOfService, AnnualReviewStep.EVALUATION, StepOutcome.EVALUATED,
                "Effective; the register needs its continuity plans.");
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                AnnualReviewStep.CONSIDERATION, StepOutcome.CONSIDERED, null));
        AnnualReview considered = decide(world.cmt, AnnualReviewStep.CONSIDERATION, StepOutcome.CONSIDERED, "Noted.");
        assertEquals(FormState.CONSIDERED, considered.review().form().getState());
        assertNull(considered.currentStep());
        assertThrows(AccessDeniedException.class, () -> assessEverySection(), "a considered review is kept as it was");
        assertTrue(considered.startRefusedBecause().startsWith("This year's review has been made"),
                considered.startRefusedBecause());

        String pdf = PdfText.of(as.user(world.cmt, () -> reviews.exportPdf(world.partnershipA, 1))).replaceAll("\\s+", " ");
        for (String expected : List.of("ANNUAL PARTNERSHIP REVIEW", "Formal status", "The joint risk register has 2 open"
                + " entries", "Evaluation and consideration", "Effective; the register needs its continuity plans.")) {
            assertTrue(pdf.contains(expected), expected + " in: " + pdf);
        }
        assertTrue(as.user(world.cmt, () -> reviews.history(world.partnershipA, 1)).size() >= 1);
    }

    @Test
    void nextYearsReviewCarriesTheAnswersOverButAsksForEveryAssessmentAndDisagreementAfresh() {
        chain.approveTheFirstCase();
        AnnualReview first = as.user(officer, () -> reviews.start(world.partnershipA));
        as.user(officer, () -> reviews.save(world.partnershipA, List.of(
                new AnswerEdit("risk-1", finding(first, "risk-1"), "The board reviewed the register in June.", null,
                        first.review().answer("risk-1").getVersion()),
                new AnswerEdit("composition-1", "Twelve members, resourced by the council.", null, null,
                        first.review().answer("composition-1").getVersion()))));
        assessEverySection();
        as.user(officer, () -> reviews.submit(world.partnershipA, null));
        decide(world.headOfService, AnnualReviewStep.EVALUATION, StepOutcome.EVALUATED, null);
        decide(world.cmt, AnnualReviewStep.CONSIDERATION, StepOutcome.CONSIDERED, "Noted.");
        LocalDate today = LocalDate.now(UkDates.LONDON);
        assertEquals(1, CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.update("update FilledForm f"
                + " set f.periodStart = ?1, f.periodEnd = ?2 where f.templateKey = 'annual-review'",
                today.minusYears(1), today.minusDays(1))), "last year's review");

        FormContents next = as.user(officer, () -> reviews.start(world.partnershipA)).review();
        assertEquals(2, next.form().getSequenceNumber());
        assertEquals("Twelve members, resourced by the council.", next.answer("composition-1").getValue(),
                "what stays true is carried over");
        assertNull(next.answer("risk-1").getNote(), "last year's disagreement was with last year's evidence");
        for (String assessment : next.template().questions().stream().map(TemplateQuestion::id)
                .filter(id -> id.endsWith("-assessment")).toList()) {
            assertNull(next.answer(assessment).getValue(), assessment + " is assessed afresh");
            assertNull(next.answer(assessment).getNote(), assessment + "'s actions are set afresh");
        }
    }

    @Test
    void anEqualityAssessmentAttachedToTheBusinessCaseIsFoundAndPartnersNeverSeeTheReview() {
        byte[] pdf = as.user(world.strategy, () -> cases.exportPdf(world.partnershipB, null));
        as.user(officer, () -> cases.save(world.partnershipA, BusinessCaseService.CASE, List.of(),
                List.of(new DocumentUpload("risks-2", "Equality impact assessment.pdf", pdf))));
        chain.approveTheFirstCase();
        AnnualReview started = as.user(officer, () -> reviews.start(world.partnershipA));
        assertEquals("yes", started.review().answer("equality-1").getValue());
        assertTrue(started.review().answer("equality-1").getNote().startsWith("An equality impact assessment is attached"
                + " to the business case: Equality impact assessment.pdf"), started.review().answer("equality-1").getNote());

        for (String partner : List.of(world.chairOfA, world.memberOfA, world.outsider)) {
            assertThrows(RecordNotFoundException.class, () -> open(partner), partner + " never learns of the review");
            assertThrows(RecordNotFoundException.class, () -> as.user(partner, () -> reviews.exportPdf(world.partnershipA,
                    null)));
        }
    }

    @Test
    void aBusinessCaseNotDemonstratedStopsTheReviewAndPointsToTheReportToTheExecutive() {
        chain.approveTheFirstCase();
        as.user(officer, () -> cases.startNext(world.partnershipA));
        as.user(officer, () -> cases.submit(world.partnershipA, null));
        as.user(world.headOfService, () -> cases.decide(world.partnershipA, BusinessCaseStep.REVIEW_DECISION,
                StepOutcome.NOT_DEMONSTRATED, "The council's priorities have moved on."));
        AnnualReview stopped = open(officer);
        assertEquals(2, stopped.notDemonstratedCase());
        assertFalse(stopped.mayStart());
        assertTrue(stopped.startRefusedBecause().contains("report to the Executive"), stopped.startRefusedBecause());
        assertThrows(AccessDeniedException.class, () -> as.user(officer, () -> reviews.start(world.partnershipA)));
    }

    @Test
    void aReturnSendsTheReviewBackToTheOfficerAndADirectorEvaluatesWhatTheHeadOfServiceCarriedOut() {
        chain.approveTheFirstCase();
        as.user(world.headOfService, () -> reviews.start(world.partnershipA));
        as.user(world.headOfService, () -> {
            FormContents review = reviews.open(world.partnershipA, null).review();
            return reviews.save(world.partnershipA, review.template().questions().stream().map(TemplateQuestion::id)
                    .filter(id -> id.endsWith("-assessment"))
                    .map(id -> new AnswerEdit(id, "3", null, null, review.answer(id).getVersion())).toList());
        });
        as.user(world.headOfService, () -> reviews.submit(world.partnershipA, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                AnnualReviewStep.EVALUATION, StepOutcome.EVALUATED, null));
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(chain.director, AnnualReviewStep.EVALUATION,
                StepOutcome.RETURNED, " "));
        AnnualReview returned = decide(chain.director, AnnualReviewStep.EVALUATION, StepOutcome.RETURNED,
                "Give evidence for the staffing section.");
        assertEquals(AnnualReviewStep.WRITING, returned.currentStep());
        assertEquals(FormState.RETURNED, returned.review().form().getState());
    }
}
