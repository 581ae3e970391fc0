package org.consortia.it.businesscase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCase;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.export.Download;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormDocument;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoryEntry;
import org.consortia.it.support.AllAtOnce;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A business case's approval chain (section 7 and Appendix 2): every step by the role it names, in
 * order; anyone else, or the right person at the wrong step, is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessCaseServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(BusinessCaseServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    private Scenario world;
    private ApprovalChain chain;
    private String officer;
    private String director;
    private String finance;
    private String legal;
    private String executive;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
        officer = chain.officer;
        director = chain.director;
        finance = chain.finance;
        legal = chain.legal;
        executive = chain.executive;
    }

    private BusinessCase open(String email) {
        return as.user(email, () -> cases.open(world.partnershipA));
    }

    private FormContents answer(String email, String template, String question, String value) {
        return chain.answer(email, template, question, value);
    }

    private void draftTheNature() {
        chain.draftTheNature();
    }

    private BusinessCase decide(String email, BusinessCaseStep step, StepOutcome outcome, String comments) {
        return as.user(email, () -> cases.decide(world.partnershipA, step, outcome, comments));
    }

    private LifecycleStage stage() {
        return fixtures.inOneTransaction(() -> fixtures.find(Partnership.class, world.partnershipA).getStage());
    }

    private void refusedAndNothingChanged(Class<? extends Throwable> refusal, Executable attempt) {
        refusedAndNothingChanged(refusal, attempt, "refused");
    }

    private void refusedAndNothingChanged(Class<? extends Throwable> refusal, Executable attempt, String why) {
        int steps = open(world.strategy).steps().size();
        assertThrows(refusal, attempt, why);
        assertEquals(steps, open(world.strategy).steps().size(), "a refused step records nothing");
    }

    @Test
    void theCaseGoesFromTheOfficerToTheExecutiveStepByStepAndApprovalMovesThePartnershipToPerforming() {
        answer(officer, "should-we-partner", "1", "yes");
        draftTheNature();
        BusinessCase submitted = as.user(officer, () -> cases.submit(world.partnershipA, null));
        assertEquals(BusinessCaseStep.SERVICE_AUTHORISATION, submitted.currentStep());
        assertEquals(FormState.SUBMITTED, submitted.state());
        assertEquals("yes", submitted.preCheck().answer("1").getValue(), "the questions asked first are kept with the case");

        refusedAndNothingChanged(AccessDeniedException.class, () -> answer(officer, "business-case", "name", "Changed"));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(finance, BusinessCaseStep.SERVICE_AUTHORISATION,
                StepOutcome.AUTHORISED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.otherHeadOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null));
        refusedAndNothingChanged(ConcurrentEditException.class, () -> decide(finance, BusinessCaseStep.FINANCIAL_ADVICE,
                StepOutcome.ADVISED, "Affordable."));
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(executive,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.APPROVED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(director,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null),
                "a Director stands in only where the Head of Service cannot authorise");

        assertEquals(BusinessCaseStep.FINANCIAL_ADVICE, decide(world.headOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, "Fits the service plan.").currentStep());
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(legal, BusinessCaseStep.FINANCIAL_ADVICE,
                StepOutcome.ADVISED, "Skipping ahead."));
        InvalidInputException noAdvice = assertThrows(InvalidInputException.class,
                () -> decide(finance, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED, "  "));
        assertEquals("Write your advice.", noAdvice.messagesByField().get("comments"));
        assertThrows(InvalidInputException.class, () -> decide(finance, BusinessCaseStep.FINANCIAL_ADVICE,
                StepOutcome.ADVISED, "<script>alert(1)</script>"));
        decide(finance, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED, "£20,000 a year from the service budget.");
        decide(legal, BusinessCaseStep.LEGAL_ADVICE, StepOutcome.ADVISED, "No legal obstacle.");
        assertEquals(LifecycleStage.FORMING, stage());

        BusinessCase approved = decide(executive, BusinessCaseStep.EXECUTIVE_DECISION, StepOutcome.APPROVED, null);
        assertNull(approved.currentStep());
        assertEquals(FormState.APPROVED, approved.state());
        assertEquals(LifecycleStage.PERFORMING, stage());
        assertEquals(LocalDate.now(UkDates.LONDON), fixtures.inOneTransaction(() -> fixtures.find(Partnership.class,
                world.partnershipA).getCouncilEnteredOn()), "the Council entered the partnership on the approval");
        assertEquals(List.of("DRAFTING SUBMITTED", "SERVICE_AUTHORISATION AUTHORISED", "FINANCIAL_ADVICE ADVISED",
                        "LEGAL_ADVICE ADVISED", "EXECUTIVE_DECISION APPROVED"),
                approved.steps().stream().map(step -> step.getStep() + " " + step.getOutcome()).toList());
        FormStep advice = approved.steps().get(2);
        assertEquals("£20,000 a year from the service budget.", advice.getComments());
        assertTrue(advice.getDecidedBy().getEmail().equals(finance) && advice.getDecidedAt() != null);

        refusedAndNothingChanged(AccessDeniedException.class, () -> answer(officer, "business-case", "name", "Later"));
        refusedAndNothingChanged(ConcurrentEditException.class, () -> decide(executive,
                BusinessCaseStep.EXECUTIVE_DECISION, StepOutcome.REJECTED, "Changed our mind."));
    }

    @Test
    void eachYearsReviewStartsFromLastYearsAnswersAndACaseNotDemonstratedMakesTheReportToTheExecutive() {
        answer(officer, "should-we-partner", "1", "yes");
        chain.approveTheFirstCase();
        assertTrue(open(officer).mayStartNext());
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA, () -> cases.startNext(world.partnershipA)));
        assertThrows(AccessDeniedException.class, () -> as.user(world.cmt, () -> cases.startNext(world.partnershipA)));

        BusinessCase review = as.user(officer, () -> cases.startNext(world.partnershipA));
        assertEquals(2, review.number());
        assertTrue(review.review() && review.mayEdit());
        assertEquals("reviewing", review.businessCase().answer("nature").getValue());
        assertEquals("Redditch Youth Partnership", review.businessCase().answer("name").getValue(),
                "last year's answers are carried over");
        assertEquals(List.of(FormState.APPROVED, FormState.DRAFT), review.made().stream().map(BusinessCase.Made::state).toList());
        assertThrows(ConcurrentEditException.class, () -> as.user(officer, () -> cases.startNext(world.partnershipA)),
                "one review at a time");
        assertThrows(AccessDeniedException.class, () -> answer(officer, "should-we-partner", "1", "no"),
                "the questions before the partnership stay with its first case");

        answer(officer, "business-case", "nature", "setting-up");
        InvalidInputException notAReview = assertThrows(InvalidInputException.class,
                () -> as.user(officer, () -> cases.submit(world.partnershipA, null)));
        assertTrue(notAReview.messagesByField().get("submit").contains("its business case is a review"));
        answer(officer, "business-case", "nature", "reviewing");
        answer(officer, "business-case", "reasons-1", "Fewer young people now use the service.");
        assertEquals(BusinessCaseStep.REVIEW_DECISION, as.user(officer, () -> cases.submit(world.partnershipA, null))
                .currentStep());

        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(finance, BusinessCaseStep.REVIEW_DECISION,
                StepOutcome.DEMONSTRATED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(director, BusinessCaseStep.REVIEW_DECISION,
                StepOutcome.DEMONSTRATED, null), "the Head of Service can judge it, so a Director does not");
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(world.headOfService,
                BusinessCaseStep.REVIEW_DECISION, StepOutcome.APPROVED, null), "a review is not approved by the Executive");
        refusedAndNothingChanged(InvalidInputException.class, () -> decide(world.headOfService,
                BusinessCaseStep.REVIEW_DECISION, StepOutcome.NOT_DEMONSTRATED, " "));
        BusinessCase judged = decide(world.headOfService, BusinessCaseStep.REVIEW_DECISION, StepOutcome.NOT_DEMONSTRATED,
                "The youth service now delivers these outcomes on its own.");
        assertNull(judged.currentStep());
        assertEquals(FormState.REJECTED, judged.state());
        assertEquals(LifecycleStage.PERFORMING, stage(), "the Executive decides what follows, not the review");
        assertTrue(judged.made().get(1).notDemonstrated() && !judged.made().get(0).notDemonstrated());

        String report = PdfText.of(as.user(world.cmt, () -> cases.exportReport(world.partnershipA, 2)))
                .replaceAll("\\s+", " ");
        assertTrue(report.contains("Report to the Executive via the Corporate Management Team"), report);
        assertTrue(report.contains("The youth service now delivers these outcomes on its own."), report);
        assertTrue(report.contains("Fewer young people now use the service."), "the case as reviewed follows: " + report);
        assertThrows(RecordNotFoundException.class, () -> as.user(world.cmt, () -> cases.exportReport(world.partnershipA, 1)),
                "the approved case has no report");
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA,
                () -> cases.exportReport(world.partnershipA, 2)));

        BusinessCase first = as.user(officer, () -> cases.open(world.partnershipA, 1));
        assertEquals(FormState.APPROVED, first.state());
        assertTrue(!first.mayEdit() && first.mayDecide().isEmpty() && !first.mayStartNext(), "an earlier case is kept as it was");
        assertEquals("yes", first.preCheck().answer("1").getValue());
        assertThrows(RecordNotFoundException.class, () -> as.user(officer, () -> cases.open(world.partnershipA, 3)));
        assertEquals(3, as.user(officer, () -> cases.startNext(world.partnershipA)).number(), "next year's review");
    }

    @Test
    void theEqualityImpactAssessmentIsUploadedWithTheCaseAndReadOnlyByThoseTheCaseIsOpenTo() {
        byte[] pdf = as.user(world.strategy, () -> cases.exportPdf(world.partnershipB, null));
        FormContents saved = as.user(officer, () -> cases.save(world.partnershipA, BusinessCaseService.CASE, List.of(),
                List.of(new DocumentUpload("risks-2", "Equality impact assessment.pdf", pdf))));
        String attached = saved.answer("risks-2").getValue();
        assertTrue(attached.matches("document:[0-9]+"), attached);
        long documentId = Long.parseLong(attached.substring("document:".length()));
        BusinessCase withDocument = open(world.cmt);
        assertEquals(List.of("Equality impact assessment.pdf"), withDocument.documents().stream()
                .map(FormDocument::getFileName).toList());
        Download download = as.user(world.cmt, () -> cases.document(world.partnershipA, documentId));
        assertEquals("document-" + documentId + "-equality-impact-assessment.pdf", download.fileName());
        assertEquals("application/pdf", download.mediaType());
        assertArrayEquals(pdf, download.content());
        assertTrue(PdfText.of(as.user(world.cmt, () -> cases.exportPdf(world.partnershipA, null)))
                .replaceAll("\\s+", " ").contains("Equality impact assessment.pdf, added on"),
                "the case's PDF names the document attached");

        InvalidInputException notAPdf = assertThrows(InvalidInputException.class, () -> as.user(officer,
                () -> cases.save(world.partnershipA, BusinessCaseService.CASE,
                        List.of(new AnswerEdit("name", "Changed too", null, null, open(officer).businessCase()
                                .answer("name").getVersion())),
                        List.of(new DocumentUpload("risks-2", "assessment.pdf", "<html>not a PDF</html>".getBytes(
                                StandardCharsets.UTF_8))))));
        assertTrue(notAPdf.messagesByField().get("answer-risks-2.value").startsWith("\"assessment.pdf\""),
                notAPdf.messagesByField().toString());
        assertThrows(InvalidInputException.class, () -> as.user(officer, () -> cases.save(world.partnershipA,
                BusinessCaseService.CASE, List.of(), List.of(new DocumentUpload("name", "a.pdf", pdf)))),
                "only a question that takes a document takes one");
        assertEquals(1, open(officer).documents().size(), "a refused save keeps no document");
        assertEquals(attached, open(officer).businessCase().answer("risks-2").getValue());
        assertNull(open(officer).businessCase().answer("name").getValue(), "nor any answer sent with it");

        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA,
                () -> cases.document(world.partnershipA, documentId)), "a partner never reads the case's documents");
        assertThrows(RecordNotFoundException.class, () -> as.user(world.strategy,
                () -> cases.document(world.partnershipB, documentId)), "a document is its own partnership's");
        InvalidInputException foreign = assertThrows(InvalidInputException.class, () -> as.user(world.strategy,
                () -> cases.save(world.partnershipB, BusinessCaseService.CASE, List.of(new AnswerEdit("risks-2",
                        attached, null, null, cases.open(world.partnershipB).businessCase().answer("risks-2")
                        .getVersion())))));
        assertEquals("Choose a record from the list.", foreign.messagesByField().get("answer-risks-2.value"));
    }

    @Test
    void everySaveOfTheCaseIsKeptInItsHistoryInTheTemplatesWords() {
        draftTheNature();
        answer(officer, "business-case", "name", "Redditch Youth Board");
        // The Head of Financial Services reads cases without entering workspaces.
        List<HistoryEntry> history = as.user(finance, () -> cases.history(world.partnershipA, null));
        assertEquals(4, history.size(), "one entry per save");
        assertEquals(List.of("Question name: Answer"), history.get(0).changes().stream().map(FieldChange::field).toList());
        assertEquals("Redditch Youth Partnership", history.get(0).changes().get(0).before());
        assertEquals("Redditch Youth Board", history.get(0).changes().get(0).after());
        assertEquals("Setting up a partnership", history.get(3).changes().get(0).after(), "answers are shown in words");
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA,
                () -> cases.history(world.partnershipA, null)), "a partner never reads the case's history");
    }

    @Test
    void aReturnSendsTheCaseBackToTheOfficerAndARejectionKeepsItReadOnlyWithTheReasons() {
        draftTheNature();
        as.user(officer, () -> cases.submit(world.partnershipA, "Ready for you."));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> decide(world.headOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.RETURNED, null));
        assertTrue(noReason.messagesByField().containsKey("comments"));
        BusinessCase returned = decide(world.headOfService, BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.RETURNED,
                "Say what else was considered.");
        assertEquals(BusinessCaseStep.DRAFTING, returned.currentStep());
        assertEquals(FormState.RETURNED, returned.state());
        assertTrue(open(officer).mayEdit());

        answer(officer, "business-case", "options-1", "A contract with a single provider.");
        as.user(officer, () -> cases.submit(world.partnershipA, null));
        decide(world.headOfService, BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null);
        decide(finance, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED, "Affordable.");
        decide(legal, BusinessCaseStep.LEGAL_ADVICE, StepOutcome.ADVISED, "Lawful.");
        BusinessCase rejected = decide(executive, BusinessCaseStep.EXECUTIVE_DECISION, StepOutcome.REJECTED,
                "The outcomes are met by the existing board.");
        assertEquals(FormState.REJECTED, rejected.state());
        assertEquals("The outcomes are met by the existing board.", rejected.steps().get(rejected.steps().size() - 1)
                .getComments());
        assertEquals(LifecycleStage.FORMING, stage());
        assertEquals("A contract with a single provider.", open(world.cmt).businessCase().answer("options-1").getValue());
        assertThrows(AccessDeniedException.class, () -> answer(officer, "business-case", "options-1", "Again"));
    }

    @Test
    void aDirectorAuthorisesWhereTheHeadOfServiceCannotAndNobodyAuthorisesACaseTheySubmitted() {
        answer(world.headOfService, "business-case", "nature", "joining");
        answer(world.headOfService, "business-case", "name", "Shared Services Board");
        answer(world.headOfService, "business-case", "statutory", "yes");
        as.user(world.headOfService, () -> cases.submit(world.partnershipA, null));
        assertEquals(List.of(), open(world.headOfService).mayDecide(), "the submitter may not authorise");
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.otherHeadOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null));
        assertEquals(List.of(StepOutcome.AUTHORISED, StepOutcome.RETURNED), open(director).mayDecide(),
                "the Head of Service submitted it, so a Director authorises");
        assertEquals(BusinessCaseStep.FINANCIAL_ADVICE, decide(director, BusinessCaseStep.SERVICE_AUTHORISATION,
                StepOutcome.AUTHORISED, null).currentStep());

        // Partnership B has no accountable Head of Service; the Head of Strategy & Partnerships drafts its case.
        as.user(world.strategy, () -> {
            for (String[] answer : new String[][] {{"nature", "setting-up"}, {"name", "B"}, {"statutory", "no"}}) {
                FormContents form = cases.open(world.partnershipB).businessCase();
                cases.save(world.partnershipB, "business-case", List.of(new AnswerEdit(answer[0], answer[1], null, null,
                        form.answer(answer[0]).getVersion())));
            }
            return cases.submit(world.partnershipB, null);
        });
        assertThrows(AccessDeniedException.class, () -> as.user(world.headOfService, () -> cases.decide(
                world.partnershipB, BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null)));
        assertEquals(BusinessCaseStep.FINANCIAL_ADVICE, as.user(director, () -> cases.decide(world.partnershipB,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null)).currentStep());
    }

    @Test
    void aDirectorAuthorisesWhenTheHeadOfServiceIsTheOfficer() {
        fixtures.inOneTransaction(() -> {
            fixtures.officerRepresentative(world.partnershipA, world.headOfServiceId);
            return null;
        });
        answer(world.strategy, "business-case", "nature", "joining");
        answer(world.strategy, "business-case", "name", "Partnership A");
        answer(world.strategy, "business-case", "statutory", "no");
        as.user(world.strategy, () -> cases.submit(world.partnershipA, null));
        refusedAndNothingChanged(AccessDeniedException.class, () -> decide(world.headOfService,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null));
        assertEquals(BusinessCaseStep.FINANCIAL_ADVICE, decide(director, BusinessCaseStep.SERVICE_AUTHORISATION,
                StepOutcome.AUTHORISED, null).currentStep());
    }

    @Test
    void twoDecisionsAtOnceRecordOneAndTellTheOtherThatTheCaseMovedOn() throws Exception {
        draftTheNature();
        as.user(officer, () -> cases.submit(world.partnershipA, null));
        decide(world.headOfService, BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null);
        List<String> outcomes = AllAtOnce.run(2, () -> {
            try {
                decide(finance, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED, "Affordable.");
                return "recorded";
            } catch (ConcurrentEditException movedOn) {
                return "refused";
            }
        }).stream().sorted().toList();
        assertEquals(List.of("recorded", "refused"), outcomes);
        assertEquals(List.of("DRAFTING", "SERVICE_AUTHORISATION", "FINANCIAL_ADVICE"),
                open(world.strategy).steps().stream().map(FormStep::getStep).toList(), "the advice is recorded once");
    }

    @Test
    void theCaseIsTheCouncilsAloneAndEachSubmissionNeedsItsNature() {
        assertThrows(RecordNotFoundException.class, () -> open(world.chairOfA), "a partner never learns of the case");
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA, () -> cases.save(world.partnershipA,
                "business-case", List.of(new AnswerEdit("name", "Ours now", null, null, 0)))));
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA, () -> cases.submit(world.partnershipA,
                null)));
        assertThrows(RecordNotFoundException.class, () -> as.user(world.chairOfA, () -> cases.decide(world.partnershipA,
                BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED, null)));
        assertThrows(RecordNotFoundException.class, () -> open(world.outsider));
        assertThrows(AccessDeniedException.class, () -> answer(world.cmt, "business-case", "name", "Not mine to write"));
        assertThrows(RecordNotFoundException.class, () -> as.user(officer, () -> cases.save(world.partnershipA,
                "risk-checklist", List.of())), "only the case's own forms are saved here");

        InvalidInputException notReady = assertThrows(InvalidInputException.class,
                () -> as.user(officer, () -> cases.submit(world.partnershipA, null)));
        assertTrue(notReady.messagesByField().get("submit").contains("nature of the business case"));
        answer(officer, "business-case", "nature", "setting-up");
        assertThrows(InvalidInputException.class, () -> as.user(officer, () -> cases.submit(world.partnershipA, null)));
        assertEquals(BusinessCaseStep.DRAFTING, open(world.strategy).currentStep());
        assertEquals("setting-up", open(officer).businessCase().answer("nature").getValue());
        assertThrows(RecordNotFoundException.class, () -> as.user(world.strategy, () -> cases.open(world.partnershipB + 1000)));

        InvalidInputException foreignRegister = assertThrows(InvalidInputException.class,
                () -> answer(officer, "business-case", "risks-1", "risk-register:" + world.partnershipB));
        assertEquals("Choose a record from the list.", foreignRegister.messagesByField().get("answer-risks-1.value"));
        answer(officer, "business-case", "risks-1", "risk-register:" + world.partnershipA);
        assertEquals("risk-register:" + world.partnershipA, open(officer).businessCase().answer("risks-1").getValue());
    }
}
