package org.consortia.it.forms;

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
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormService;
import org.consortia.forms.SignOffEdit;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Answering forms filled in from templates, the Appendix C checklist and the Appendix 9 insurance
 * table: versions, conflicts, rules and isolation.
 */
@ExtendWith(ArquillianExtension.class)
class FormServiceIT {

    private static final String CHECKLIST = "risk-checklist";
    private static final String INSURANCE = "insurance";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(FormServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    FormService forms;

    @Inject
    HistoryService history;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private FormContents open(String email, String form) {
        return as.inWorkspace(email, world.partnershipA, () -> forms.open(form));
    }

    private FormContents save(String email, String form, List<AnswerEdit> edits, SignOffEdit signOff) {
        return as.inWorkspace(email, world.partnershipA, () -> forms.save(form, edits, signOff));
    }

    private static AnswerEdit edit(FormContents form, int question, String answer, String comments) {
        return new AnswerEdit(String.valueOf(question), answer, comments, null,
                form.answer(String.valueOf(question)).getVersion());
    }

    /** An answer to the insurance table, whose evaluation is the answer itself. */
    private static AnswerEdit evaluation(FormContents form, int question, String evaluation) {
        return new AnswerEdit(String.valueOf(question), evaluation, null, null,
                form.answer(String.valueOf(question)).getVersion());
    }

    @Test
    void aNewFormHasEveryQuestionOfTheFrameworkUnanswered() {
        FormContents checklist = open(world.observerOfA, CHECKLIST);
        assertEquals(List.of("1", "2", "3", "4", "5"), checklist.answers().stream().map(a -> a.getQuestion()).toList());
        assertTrue(checklist.answers().stream().allMatch(a -> a.getValue() == null && a.getNote() == null));
        assertNull(checklist.signOff(), "the checklist has no sign-off");

        FormContents insurance = open(world.observerOfA, INSURANCE);
        assertEquals(5, insurance.answers().size());
        assertNull(insurance.signOff().getCompletedBy());
        assertEquals(0, storedAnswers(), "reading a form never writes to it");

        save(world.memberOfA, CHECKLIST, List.of(edit(checklist, 2, "yes", null)), null);
        assertEquals(5, storedAnswers(), "the first save stores every question of the form");
        assertEquals("yes", open(world.observerOfA, CHECKLIST).answer("2").getValue());
    }

    private long storedAnswers() {
        return CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.count("select count(a) from FormAnswer a"));
    }

    @Test
    void membersAnswerAndObserversOnlyRead() {
        FormContents loaded = open(world.memberOfA, CHECKLIST);
        save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 3, "partly", "  Only the council's arrangements are known.  ")),
                null);
        FormContents read = open(world.observerOfA, CHECKLIST);
        assertEquals("partly", read.answer("3").getValue());
        assertEquals("Only the council's arrangements are known.", read.answer("3").getNote());

        assertThrows(AccessDeniedException.class, () -> save(world.observerOfA, CHECKLIST,
                List.of(edit(read, 3, "yes", "Observer's view")), null));
        assertEquals("partly", open(world.observerOfA, CHECKLIST).answer("3").getValue());
    }

    @Test
    void differentQuestionsSaveSideBySideAndTheSameQuestionNeverOverwrites() {
        FormContents seenByChair = open(world.chairOfA, CHECKLIST);
        FormContents seenByMember = open(world.memberOfA, CHECKLIST);
        save(world.chairOfA, CHECKLIST, List.of(edit(seenByChair, 1, "yes", "All partners listed.")), null);
        save(world.memberOfA, CHECKLIST, List.of(edit(seenByMember, 2, "no", "Not yet.")), null);
        FormContents both = open(world.observerOfA, CHECKLIST);
        assertEquals("yes", both.answer("1").getValue());
        assertEquals("no", both.answer("2").getValue());

        FormConflictException clash = assertThrows(FormConflictException.class, () -> save(world.memberOfA, CHECKLIST,
                List.of(edit(seenByMember, 1, "no", "Two partners missing."),
                        edit(both, 4, "yes", "Quarterly reports.")), null));
        assertEquals(Set.of("1"), clash.questions());
        assertEquals("All partners listed.", clash.current().answer("1").getNote(), "their answer, to compare with");
        FormContents after = open(world.observerOfA, CHECKLIST);
        assertEquals("All partners listed.", after.answer("1").getNote());
        assertNull(after.answer("4").getValue(), "nothing of the refused save was kept");

        save(world.memberOfA, CHECKLIST, List.of(edit(clash.current(), 1, "no", "Two partners missing.")), null);
        assertEquals("no", open(world.observerOfA, CHECKLIST).answer("1").getValue());
    }

    @Test
    void theInsuranceTableKeepsEvaluationsAndWhoCompletedIt() {
        FormContents loaded = open(world.chairOfA, INSURANCE);
        save(world.chairOfA, INSURANCE, List.of(evaluation(loaded, 2, "Vehicles insured by the council.")),
                new SignOffEdit("Pat Chair", LocalDate.of(2026, 11, 20), "Partnership Chair", "01234 567890",
                        loaded.signOff().getVersion()));
        FormContents saved = open(world.observerOfA, INSURANCE);
        assertEquals("Vehicles insured by the council.", saved.answer("2").getValue());
        assertNull(saved.answer("2").getNote(), "the insurance table's questions take no note beside the evaluation");
        assertEquals("Pat Chair", saved.signOff().getCompletedBy());
        assertEquals(LocalDate.of(2026, 11, 20), saved.signOff().getCompletedOn());

        FormConflictException clash = assertThrows(FormConflictException.class, () -> save(world.memberOfA, INSURANCE,
                List.of(), new SignOffEdit("Someone else", null, null, null, loaded.signOff().getVersion())));
        assertTrue(clash.signOff());
        assertEquals("Pat Chair", open(world.observerOfA, INSURANCE).signOff().getCompletedBy());
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() {
        FormContents loaded = open(world.memberOfA, INSURANCE);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> save(world.memberOfA, INSURANCE,
                List.of(evaluation(loaded, 1, "Fine."), evaluation(loaded, 2, "<script>alert(1)</script>"),
                        evaluation(loaded, 3, "x".repeat(4001))),
                new SignOffEdit("Pat", LocalDate.now().plusDays(1), null, "call me", loaded.signOff().getVersion())));
        assertEquals(Set.of("answer-2.value", "answer-3.value", "signOff.telephone", "signOff.completedOn"),
                refused.messagesByField().keySet());
        assertEquals("Keep this to 4000 characters or fewer (it has 4001).", refused.messagesByField().get("answer-3.value"));
        FormContents unchanged = open(world.observerOfA, INSURANCE);
        assertNull(unchanged.answer("1").getValue(), "the valid answer was not saved either");
        assertNull(unchanged.signOff().getCompletedBy());

        FormContents checklist = open(world.memberOfA, CHECKLIST);
        InvalidInputException notAnOption = assertThrows(InvalidInputException.class, () -> save(world.memberOfA,
                CHECKLIST, List.of(edit(checklist, 1, "perhaps", "<b>bold</b>")), null));
        assertEquals(Set.of("answer-1.value", "answer-1.note"), notAnOption.messagesByField().keySet());
        assertThrows(InvalidInputException.class, () -> save(world.memberOfA, CHECKLIST,
                List.of(new AnswerEdit("9", "yes", null, null, 0)), null));
        assertThrows(RecordNotFoundException.class, () -> open(world.memberOfA, "no-such-template"));
        assertThrows(RecordNotFoundException.class, () -> open(world.chairOfA, "should-we-partner"),
                "the council's own forms are not the partners' to open as shared records");
        assertThrows(RecordNotFoundException.class, () -> save(world.chairOfA, "should-we-partner",
                List.of(new AnswerEdit("1", "yes", null, null, 0)), null));
        assertThrows(RecordNotFoundException.class, () -> save(world.chairOfA, "progress-report",
                List.of(new AnswerEdit("comments", "Ours to write?", null, null, 0)), null),
                "a progress report follows its own workflow");
    }

    @Test
    void theHistoryShowsEachSaveWithItsQuestions() {
        FormContents loaded = open(world.memberOfA, CHECKLIST);
        FormContents first = save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 5, "no", "No plan yet.")), null);
        save(world.chairOfA, CHECKLIST, List.of(edit(first, 5, "yes", "Plan agreed in October.")), null);

        List<HistoryEntry> saves = as.inWorkspace(world.observerOfA, world.partnershipA, () -> forms.history(CHECKLIST));
        assertEquals(2, saves.size());
        assertEquals(List.of(new FieldChange("Question 5: Answer", "No", "Yes"),
                new FieldChange("Question 5: Comments", "No plan yet.", "Plan agreed in October.")), saves.get(0).changes());
        assertEquals(List.of(new FieldChange("Question 5: Answer", null, "No"),
                new FieldChange("Question 5: Comments", null, "No plan yet.")), saves.get(1).changes());
    }

    @Test
    void anotherWorkspaceNeverSeesTheseAnswers() {
        FormContents loaded = open(world.memberOfA, CHECKLIST);
        FormContents saved = save(world.memberOfA, CHECKLIST, List.of(edit(loaded, 1, "yes", "Confidential to A.")),
                null);
        long answerOfA = saved.answer("1").getId();

        FormContents ofB = as.inWorkspace(world.chairOfB, world.partnershipB, () -> forms.open(CHECKLIST));
        assertNull(ofB.answer("1").getNote());
        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB, () -> forms.history(CHECKLIST)).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> history.historyOf(HistoricRecord.FORM_ANSWER, answerOfA)));

        FormConflictException foreignVersion = assertThrows(FormConflictException.class, () -> as.inWorkspace(
                world.chairOfB, world.partnershipB, () -> forms.save(CHECKLIST,
                        List.of(new AnswerEdit("1", "no", "Overwrite A?", null, saved.answer("1").getVersion() + 1)), null)));
        assertEquals(Set.of("1"), foreignVersion.questions());
        assertEquals("Confidential to A.", open(world.observerOfA, CHECKLIST).answer("1").getNote());
        assertThrows(RecordNotFoundException.class,
                () -> as.inWorkspace(world.outsider, world.partnershipA, () -> forms.open(CHECKLIST)));
    }
}
