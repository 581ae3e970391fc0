package org.consortia.it.riskforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.riskforms.AnswerEdit;
import org.consortia.riskforms.FilledForm;
import org.consortia.riskforms.FormConflictException;
import org.consortia.riskforms.Response;
import org.consortia.riskforms.RiskForm;
import org.consortia.riskforms.RiskFormService;
import org.consortia.riskforms.SignOffEdit;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answering the Appendix C checklist and the Appendix 9 insurance table: versions, conflicts, rules and isolation. */
@ExtendWith(ArquillianExtension.class)
class RiskFormServiceIT {

    private static final RiskForm CHECKLIST = RiskForm.MANAGING_RISK_AND_OPPORTUNITY;
    private static final RiskForm INSURANCE = RiskForm.INSURANCE_CONSIDERATIONS;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(RiskFormServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    RiskFormService forms;

    @Inject
    HistoryService history;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private FilledForm open(String email, RiskForm form) {
        return as.inWorkspace(email, world.partnershipA, () -> forms.open(form));
    }

    private FilledForm save(String email, RiskForm form, List<AnswerEdit> edits, SignOffEdit signOff) {
        return as.inWorkspace(email, world.partnershipA, () -> forms.save(form, edits, signOff));
    }

    private static AnswerEdit edit(FilledForm form, int question, Response response, String comments) {
        return new AnswerEdit(question, response, comments, form.answer(question).getVersion());
    }

    @Test
    void aNewFormHasEveryQuestionOfTheFrameworkUnanswered() {
        FilledForm checklist = open(world.observerOfA, CHECKLIST);
        assertEquals(List.of(1, 2, 3, 4, 5), checklist.answers().stream().map(a -> a.getQuestion()).toList());
        assertTrue(checklist.answers().stream().allMatch(a -> a.getResponse() == null && a.getComments() == null));
        assertNull(checklist.signOff(), "the checklist has no sign-off");

        FilledForm insurance = open(world.observerOfA, INSURANCE);
        assertEquals(5, insurance.answers().size());
        assertNull(insurance.signOff().getCompletedBy());
        assertEquals(0, storedAnswers(), "reading a form never writes to it");

        save(world.memberOfA, CHECKLIST, List.of(edit(checklist, 2, Response.YES, null)), null);
        assertEquals(5, storedAnswers(), "the first save stores every question of the form");
        assertEquals(Response.YES, open(world.observerOfA, CHECKLIST).answer(2).getResponse());
    }

    private long storedAnswers() {
        return CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.count("select count(a) from FormAnswer a"));
    }

    @Test
    void membersAnswerAndObserversOnlyRead() {
        FilledForm loaded = open(world.memberOfA, CHECKLIST);
        save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 3, Response.PARTLY, "  Only the council's arrangements are known.  ")),
                null);
        FilledForm read = open(world.observerOfA, CHECKLIST);
        assertEquals(Response.PARTLY, read.answer(3).getResponse());
        assertEquals("Only the council's arrangements are known.", read.answer(3).getComments());

        assertThrows(AccessDeniedException.class, () -> save(world.observerOfA, CHECKLIST,
                List.of(edit(read, 3, Response.YES, "Observer's view")), null));
        assertEquals(Response.PARTLY, open(world.observerOfA, CHECKLIST).answer(3).getResponse());
    }

    @Test
    void differentQuestionsSaveSideBySideAndTheSameQuestionNeverOverwrites() {
        FilledForm seenByChair = open(world.chairOfA, CHECKLIST);
        FilledForm seenByMember = open(world.memberOfA, CHECKLIST);
        save(world.chairOfA, CHECKLIST, List.of(edit(seenByChair, 1, Response.YES, "All partners listed.")), null);
        save(world.memberOfA, CHECKLIST, List.of(edit(seenByMember, 2, Response.NO, "Not yet.")), null);
        FilledForm both = open(world.observerOfA, CHECKLIST);
        assertEquals(Response.YES, both.answer(1).getResponse());
        assertEquals(Response.NO, both.answer(2).getResponse());

        FormConflictException clash = assertThrows(FormConflictException.class, () -> save(world.memberOfA, CHECKLIST,
                List.of(edit(seenByMember, 1, Response.NO, "Two partners missing."),
                        edit(both, 4, Response.YES, "Quarterly reports.")), null));
        assertEquals(Set.of(1), clash.questions());
        assertEquals("All partners listed.", clash.current().answer(1).getComments(), "their answer, to compare with");
        FilledForm after = open(world.observerOfA, CHECKLIST);
        assertEquals("All partners listed.", after.answer(1).getComments());
        assertNull(after.answer(4).getResponse(), "nothing of the refused save was kept");

        save(world.memberOfA, CHECKLIST, List.of(edit(clash.current(), 1, Response.NO, "Two partners missing.")), null);
        assertEquals(Response.NO, open(world.observerOfA, CHECKLIST).answer(1).getResponse());
    }

    @Test
    void theInsuranceTableKeepsEvaluationsAndWhoCompletedIt() {
        FilledForm loaded = open(world.chairOfA, INSURANCE);
        save(world.chairOfA, INSURANCE, List.of(edit(loaded, 2, Response.YES, "Vehicles insured by the council.")),
                new SignOffEdit("Pat Chair", LocalDate.of(2026, 11, 20), "Partnership Chair", "01234 567890",
                        loaded.signOff().getVersion()));
        FilledForm saved = open(world.observerOfA, INSURANCE);
        assertNull(saved.answer(2).getResponse(), "the insurance table takes evaluations, not yes or no");
        assertEquals("Vehicles insured by the council.", saved.answer(2).getComments());
        assertEquals("Pat Chair", saved.signOff().getCompletedBy());
        assertEquals(LocalDate.of(2026, 11, 20), saved.signOff().getCompletedOn());

        FormConflictException clash = assertThrows(FormConflictException.class, () -> save(world.memberOfA, INSURANCE,
                List.of(), new SignOffEdit("Someone else", null, null, null, loaded.signOff().getVersion())));
        assertTrue(clash.signOff());
        assertEquals("Pat Chair", open(world.observerOfA, INSURANCE).signOff().getCompletedBy());
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() {
        FilledForm loaded = open(world.memberOfA, INSURANCE);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> save(world.memberOfA, INSURANCE,
                List.of(edit(loaded, 1, null, "Fine."), edit(loaded, 2, null, "<script>alert(1)</script>"),
                        edit(loaded, 3, null, "x".repeat(4001))),
                new SignOffEdit("Pat", LocalDate.now().plusDays(1), null, "call me", loaded.signOff().getVersion())));
        assertEquals(Set.of("answer2.comments", "answer3.comments", "signOff.telephone", "signOff.completedOn"),
                refused.messagesByField().keySet());
        assertEquals("Enter no more than 4000 characters.", refused.messagesByField().get("answer3.comments"));
        FilledForm unchanged = open(world.observerOfA, INSURANCE);
        assertNull(unchanged.answer(1).getComments(), "the valid answer was not saved either");
        assertNull(unchanged.signOff().getCompletedBy());

        assertThrows(InvalidInputException.class, () -> save(world.memberOfA, CHECKLIST,
                List.of(new AnswerEdit(9, Response.YES, null, 0)), null));
    }

    @Test
    void theHistoryShowsEachSaveWithItsQuestions() {
        FilledForm loaded = open(world.memberOfA, CHECKLIST);
        FilledForm first = save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 5, Response.NO, "No plan yet.")), null);
        save(world.chairOfA, CHECKLIST, List.of(edit(first, 5, Response.YES, "Plan agreed in October.")), null);

        List<HistoryEntry> saves = as.inWorkspace(world.observerOfA, world.partnershipA, () -> forms.history(CHECKLIST));
        assertEquals(2, saves.size());
        assertEquals(List.of(new FieldChange("Question 5: Answer", "No", "Yes"),
                new FieldChange("Question 5: Comments", "No plan yet.", "Plan agreed in October.")), saves.get(0).changes());
        assertEquals(List.of(new FieldChange("Question 5: Answer", null, "No"),
                new FieldChange("Question 5: Comments", null, "No plan yet.")), saves.get(1).changes());
    }

    @Test
    void anotherWorkspaceNeverSeesTheseAnswers() {
        FilledForm loaded = open(world.memberOfA, CHECKLIST);
        FilledForm saved = save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 1, Response.YES, "Confidential to A.")),
                null);
        long answerOfA = saved.answer(1).getId();

        FilledForm ofB = as.inWorkspace(world.chairOfB, world.partnershipB, () -> forms.open(CHECKLIST));
        assertNull(ofB.answer(1).getComments());
        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB, () -> forms.history(CHECKLIST)).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> history.historyOf(HistoricRecord.FORM_ANSWER, answerOfA)));

        FormConflictException foreignVersion = assertThrows(FormConflictException.class, () -> as.inWorkspace(
                world.chairOfB, world.partnershipB, () -> forms.save(CHECKLIST,
                        List.of(new AnswerEdit(1, Response.NO, "Overwrite A?", saved.answer(1).getVersion() + 1)), null)));
        assertEquals(Set.of(1), foreignVersion.questions());
        assertEquals("Confidential to A.", open(world.observerOfA, CHECKLIST).answer(1).getComments());
        assertThrows(RecordNotFoundException.class,
                () -> as.inWorkspace(world.outsider, world.partnershipA, () -> forms.open(CHECKLIST)));
    }
}
