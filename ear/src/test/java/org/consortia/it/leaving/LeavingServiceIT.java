package org.consortia.it.leaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.chain.CycleDeadlines;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.it.support.ApprovalChain;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.leaving.InvolvementClock;
import org.consortia.leaving.Leaving;
import org.consortia.leaving.LeavingService;
import org.consortia.meeting.ActionFilter;
import org.consortia.meeting.ActionService;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingAction;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.PollChoice;
import org.consortia.meeting.SchedulingPoll;
import org.consortia.meeting.SchedulingPollService;
import org.consortia.meeting.SchedulingPollService.SlotDraft;
import org.consortia.listing.PageRequest;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipService;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leaving a partnership (section 11, Appendix 5): the decision by those who may record it, checked
 * field by field; ending and then ended on the day involvement ends; the exit report by the officer
 * to the Corporate Management Team; and the workspace read-only for the council's people once ended.
 */
@ExtendWith(ArquillianExtension.class)
class LeavingServiceIT {

    private static final LocalDate TODAY = LocalDate.now(UkDates.LONDON);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(LeavingServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    BusinessCaseService cases;

    @Inject
    LeavingService leaving;

    @Inject
    InvolvementClock clock;

    @Inject
    PartnershipService partnerships;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agendas;

    @Inject
    ActionService actions;

    @Inject
    SchedulingPollService polls;

    @Inject
    WorkspaceAccess access;

    private Scenario world;
    private ApprovalChain chain;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        chain = new ApprovalChain(fixtures, world, as, cases);
        fixtures.changePartnership(world.partnershipA, partnership -> {
            partnership.setStage(LifecycleStage.PERFORMING);
            partnership.setCouncilEnteredOn(TODAY.minusYears(2));
        });
    }

    private Leaving open(String email) {
        return as.user(email, () -> leaving.open(world.partnershipA));
    }

    private Leaving decide(String email, LocalDate decidedOn, ExitReason reason, LocalDate endsOn) {
        return decide(email, DecidingBody.EXECUTIVE, decidedOn, reason, endsOn);
    }

    private Leaving decide(String email, DecidingBody by, LocalDate decidedOn, ExitReason reason, LocalDate endsOn) {
        return as.user(email, () -> leaving.recordDecision(world.partnershipA, decidedOn, by, reason, endsOn));
    }

    private LifecycleStage stage() {
        return fixtures.inOneTransaction(() -> fixtures.find(Partnership.class, world.partnershipA).getStage());
    }

    @Test
    void theDecisionIsRecordedByThoseWhoMayWithEachFieldCheckedAndOnce() {
        assertEquals(List.of(DecidingBody.EXECUTIVE, DecidingBody.FULL_COUNCIL), open(chain.executive).mayRecordFor());
        assertEquals(List.of(DecidingBody.FULL_COUNCIL), open(world.strategy).mayRecordFor(),
                "Strategy records full Council's decisions, never the Executive's");
        assertFalse(open(chain.officer).mayRecordDecision());
        InvalidInputException notTheirs = assertThrows(InvalidInputException.class, () -> decide(world.strategy,
                TODAY, ExitReason.ACHIEVED, TODAY.plusMonths(1)));
        assertEquals(Set.of("decidedBy"), notTheirs.messagesByField().keySet());
        assertThrows(AccessDeniedException.class, () -> decide(world.cmt, TODAY, ExitReason.ACHIEVED, TODAY.plusMonths(1)));
        assertThrows(AccessDeniedException.class, () -> decide(chain.officer, TODAY, ExitReason.ACHIEVED,
                TODAY.plusMonths(1)));
        assertThrows(RecordNotFoundException.class, () -> decide(world.chairOfA, TODAY, ExitReason.ACHIEVED,
                TODAY.plusMonths(1)), "a partner never learns of it");

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> decide(chain.executive,
                TODAY.plusDays(1), null, TODAY.plusDays(2)));
        assertEquals(Set.of("decidedOn", "reason"), future.messagesByField().keySet());
        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> decide(chain.executive,
                TODAY.minusDays(5), ExitReason.ACHIEVED, TODAY.minusDays(6)));
        assertEquals("Involvement ends on or after the day of the decision.", backwards.messagesByField().get("endsOn"));
        assertEquals(LifecycleStage.PERFORMING, stage(), "a refused decision changes nothing");

        Leaving decided = decide(chain.executive, TODAY.minusDays(10), ExitReason.FUNDING_CEASES, TODAY.plusMonths(1));
        assertEquals(LifecycleStage.ENDING, decided.stage());
        assertThrows(AccessDeniedException.class, () -> as.user(chain.officer, () -> cases.startNext(world.partnershipA)),
                "a partnership being left has no yearly business case review");
        assertEquals(ExitReason.FUNDING_CEASES, decided.decision().reason());
        assertEquals(CycleDeadlines.exitReportDue(TODAY.minusDays(10)), decided.exitReportDue(),
                "the exit report is due three months after the decision");
        assertThrows(ConcurrentEditException.class, () -> decide(world.strategy, DecidingBody.FULL_COUNCIL, TODAY,
                ExitReason.ACHIEVED, TODAY), "recorded once");
    }

    private Partnership editStage(LifecycleStage stage) {
        return as.user(world.strategy, () -> {
            Partnership edited = partnerships.find(world.partnershipA);
            edited.setStage(stage);
            return partnerships.update(edited, null, null);
        });
    }

    @Test
    void onlyTheDecisionMovesTheRecordIntoAndOutOfLeaving() {
        InvalidInputException ended = assertThrows(InvalidInputException.class, () -> editStage(LifecycleStage.ENDED));
        assertEquals(Set.of("stage"), ended.messagesByField().keySet());
        assertThrows(InvalidInputException.class, () -> editStage(LifecycleStage.ENDING));
        assertEquals(LifecycleStage.PERFORMING, stage());
        assertEquals(LifecycleStage.FORMING, editStage(LifecycleStage.FORMING).getStage(), "editors move between the"
                + " stages no decision sets");
        editStage(LifecycleStage.PERFORMING);

        decide(chain.executive, TODAY, ExitReason.ACHIEVED, TODAY.plusMonths(1));
        InvalidInputException back = assertThrows(InvalidInputException.class,
                () -> editStage(LifecycleStage.PERFORMING));
        assertEquals(Set.of("stage"), back.messagesByField().keySet());
        assertThrows(InvalidInputException.class, () -> editStage(LifecycleStage.ENDED));
        assertEquals(LifecycleStage.ENDING, editStage(LifecycleStage.ENDING).getStage(), "the rest of the record"
                + " stays editable");
    }

    @Test
    void aPartnershipEndsOnTheDayInvolvementEndsAndItsWorkspaceIsThenReadOnlyForTheCouncilsPeople() {
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.representative(world.councilMembershipOfA,
                chain.officerId, WorkspaceRole.OFFICER_REPRESENTATIVE));
        LocalDate endsOn = TODAY.plusDays(14);
        decide(chain.executive, TODAY, ExitReason.REPLACED, endsOn);
        assertEquals(LifecycleStage.ENDING, stage());
        assertEquals(0, clock.endInvolvementsDue(endsOn.minusDays(1)));
        assertTrue(as.user(chain.officer, () -> CurrentWorkspace.callIn(world.partnershipA,
                () -> access.require(Action.EDIT_SHARED_RECORDS))) != null, "the council works on while it is ending");

        assertTrue(clock.endInvolvementsDue(endsOn) >= 1);
        assertEquals(LifecycleStage.ENDED, stage());
        assertThrows(AccessDeniedException.class, () -> as.user(chain.officer, () -> CurrentWorkspace.callIn(
                world.partnershipA, () -> access.require(Action.EDIT_SHARED_RECORDS))), "the council's people only read");
        assertTrue(as.user(chain.officer, () -> CurrentWorkspace.callIn(world.partnershipA,
                () -> access.require(Action.VIEW_WORKSPACE))) != null, "the workspace stays readable as a record");
        assertTrue(as.user(world.chairOfA, () -> CurrentWorkspace.callIn(world.partnershipA,
                () -> access.require(Action.EDIT_SHARED_RECORDS))) != null, "the partners carry on without the Council");
    }

    private <T> T inA(String email, Supplier<T> work) {
        return as.inWorkspace(email, world.partnershipA, work);
    }

    @Test
    void onceEndedTheCouncilsPeopleNeitherAnswerPollsNorCloseActionsButStillReadClosedItems() {
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.representative(world.councilMembershipOfA,
                chain.officerId, WorkspaceRole.OFFICER_REPRESENTATIVE));
        Meeting draft = new Meeting();
        draft.setTitle("Partnership board");
        draft.scheduleOn(TODAY.minusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0));
        draft.setVenue("Town Hall");
        Meeting meeting = inA(world.chairOfA, () -> meetings.schedule(draft));
        AgendaItem staffing = new AgendaItem(null);
        staffing.setTitle("Staffing");
        staffing.setClosedSession(true);
        long itemId = inA(world.chairOfA, () -> agendas.addItem(meeting.getId(), staffing)).getId();
        MeetingAction action = inA(world.chairOfA, () -> actions.add(itemId, "Interview panel", chain.officerId,
                TODAY.plusDays(10)));
        LocalDate nextMonth = TODAY.plusMonths(1);
        SchedulingPoll poll = inA(world.chairOfA, () -> polls.propose("Board", List.of(
                new SlotDraft(nextMonth, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SlotDraft(nextMonth, LocalTime.of(14, 0), LocalTime.of(16, 0)))));
        Map<Long, PollChoice> yes = Map.of(inA(world.chairOfA, () -> polls.read(poll.getId())).slots().get(0).slot()
                .getId(), PollChoice.YES);

        decide(chain.executive, TODAY.minusMonths(1), ExitReason.ACHIEVED, TODAY);
        assertEquals(LifecycleStage.ENDED, stage());

        assertThrows(AccessDeniedException.class, () -> inA(chain.officer, () -> {
            polls.answer(poll.getId(), yes);
            return null;
        }));
        assertThrows(AccessDeniedException.class, () -> inA(chain.officer, () -> actions.markDone(action.getId(),
                action.getVersion())), "not even their own action");
        assertEquals(List.of("Interview panel"), inA(chain.officer, () -> actions.log(ActionFilter.ALL, true,
                new PageRequest(0, 10, "dueOn", true))).items().stream().map(MeetingAction::getDescription).toList(),
                "the closed session's action stays in their record");
        inA(world.chairOfA, () -> {
            polls.answer(poll.getId(), yes);
            return actions.markDone(action.getId(), action.getVersion());
        });
    }

    @Test
    void theCouncilsPeopleAreKnownByTheirOrganisationWhoeverTheRecordNames() {
        String colleague = "colleague." + world.tag + "@example.org";
        long colleagueId = fixtures.account(colleague, world.council);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.representative(world.councilMembershipOfA,
                colleagueId, WorkspaceRole.MEMBER_REPRESENTATIVE));
        fixtures.changePartnership(world.partnershipA, partnership -> {
            partnership.setHeadOfService(null);
            partnership.setOfficerRepresentative(null);
        });
        decide(chain.executive, TODAY.minusMonths(1), ExitReason.ACHIEVED, TODAY);

        assertThrows(AccessDeniedException.class, () -> inA(colleague, () -> access.require(Action.EDIT_SHARED_RECORDS)),
                "a council colleague with no council-wide role only reads too");
        assertTrue(inA(world.memberOfA, () -> access.require(Action.EDIT_SHARED_RECORDS)) != null);
    }

    @Test
    void aDecisionWhoseDayHasComeEndsThePartnershipAtOnce() {
        decide(chain.executive, TODAY.minusMonths(1), ExitReason.ACHIEVED, TODAY);
        assertEquals(LifecycleStage.ENDED, stage());
    }

    @Test
    void theExitReportFollowsTheDecisionAndGoesFromTheOfficerToTheCorporateManagementTeam() {
        assertFalse(open(chain.officer).mayStart());
        assertThrows(AccessDeniedException.class, () -> as.user(chain.officer, () -> leaving.start(world.partnershipA)));
        LocalDate decidedOn = TODAY.minusDays(3);
        decide(chain.executive, decidedOn, ExitReason.NOT_DELIVERING, TODAY.plusMonths(2));

        Leaving started = as.user(chain.officer, () -> leaving.start(world.partnershipA));
        ConcurrentEditException early = assertThrows(ConcurrentEditException.class, () -> as.user(world.cmt,
                () -> leaving.comment(world.partnershipA, "Too soon")));
        assertTrue(early.getMessage().startsWith("The exit report has not reached that step"), early.getMessage());
        assertEquals(decidedOn.toString(), started.report().answer("2").getValue());
        assertEquals(TODAY.plusMonths(2).toString(), started.report().answer("3").getValue());
        assertTrue(started.report().answer("4").getValue().startsWith("On review, the partnership is not delivering"));
        assertThrows(ConcurrentEditException.class, () -> as.user(chain.officer, () -> leaving.start(world.partnershipA)));
        assertThrows(AccessDeniedException.class, () -> as.user(world.cmt, () -> leaving.save(world.partnershipA,
                List.of(new AnswerEdit("8", "Nothing", null, null, started.report().answer("8").getVersion())))));
        as.user(chain.officer, () -> leaving.save(world.partnershipA, List.of(new AnswerEdit("8",
                "A youth forum in every ward.", null, null, started.report().answer("8").getVersion()))));

        Leaving submitted = as.user(chain.officer, () -> leaving.submit(world.partnershipA, null));
        assertEquals(FormState.SUBMITTED, submitted.report().form().getState());
        assertThrows(AccessDeniedException.class, () -> as.user(chain.officer, () -> leaving.save(world.partnershipA,
                List.of(new AnswerEdit("9", "Late", null, null, submitted.report().answer("9").getVersion())))),
                "a submitted report is kept as it was");
        assertThrows(AccessDeniedException.class, () -> as.user(world.headOfService,
                () -> leaving.comment(world.partnershipA, "Mine")));
        assertThrows(InvalidInputException.class, () -> as.user(world.cmt, () -> leaving.comment(world.partnershipA, "")));
        Leaving commented = as.user(world.cmt, () -> leaving.comment(world.partnershipA, "Learning noted for the annual"
                + " report."));
        assertEquals(List.of(StepOutcome.SUBMITTED, StepOutcome.COMMENTED),
                commented.steps().stream().map(step -> step.getOutcome()).toList());
        assertEquals(List.of(StepOutcome.COMMENTED), open(world.cmt).mayDecide());

        String pdf = PdfText.of(as.user(world.cmt, () -> leaving.exportPdf(world.partnershipA))).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("LEAVING A PARTNERSHIP") && pdf.contains("A youth forum in every ward.")
                && pdf.contains("Learning noted for the annual report."), pdf);
        assertThrows(RecordNotFoundException.class, () -> open(world.memberOfA));
    }
}
