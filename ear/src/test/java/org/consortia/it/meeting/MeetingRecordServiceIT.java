package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.it.support.AllAtOnce;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.Attendance;
import org.consortia.meeting.AttendanceEntry;
import org.consortia.meeting.AttendanceStatus;
import org.consortia.meeting.Decision;
import org.consortia.meeting.DecisionMethod;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingGuest;
import org.consortia.meeting.MeetingRecord;
import org.consortia.meeting.MeetingRecordService;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingRulesService;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.QuorumKind;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attendance with substitutes, the quorum after withdrawals, and decisions refused while inquorate. */
@ExtendWith(ArquillianExtension.class)
class MeetingRecordServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MeetingRecordServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agendas;

    @Inject
    MeetingRecordService records;

    @Inject
    MeetingRulesService rules;

    @Inject
    MembershipService membership;

    private Scenario world;
    private long councilRepresentative;
    private Meeting meeting;
    private AgendaItem budget;
    private AgendaItem contract;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        councilRepresentative = CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.representative(
                world.councilMembershipOfA, world.headOfServiceId, WorkspaceRole.MEMBER_REPRESENTATIVE));
        Meeting draft = new Meeting();
        draft.setTitle("Partnership board");
        draft.scheduleOn(LocalDate.now().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
        draft.setVenue("Town Hall");
        meeting = asChair(() -> meetings.schedule(draft));
        budget = asChair(() -> agendas.addItem(meeting.getId(), item("Budget 2027/28")));
        contract = asChair(() -> agendas.addItem(meeting.getId(), item("Cleaning contract")));
    }

    private <T> T asChair(java.util.function.Supplier<T> work) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, work);
    }

    private static AgendaItem item(String title) {
        AgendaItem item = new AgendaItem(null);
        item.setTitle(title);
        return item;
    }

    private void quorumOfEveryOrganisation() {
        asChair(() -> {
            MeetingRules everyone = rules.current().rules();
            everyone.setQuorumKind(QuorumKind.NUMBER);
            everyone.setQuorumNumber(2);
            return rules.save(everyone);
        });
    }

    private MeetingRecord read() {
        return asChair(() -> records.read(meeting.getId()));
    }

    private Attendance rowOf(MeetingRecord record, long representative) {
        return record.attendance().stream().filter(row -> row.getRepresentative().getId() == representative)
                .findFirst().orElseThrow();
    }

    private long observerRepresentative(MeetingRecord record) {
        return record.attendance().stream().filter(row -> row.getRepresentative().getRole() == WorkspaceRole.OBSERVER)
                .findFirst().orElseThrow().getRepresentative().getId();
    }

    private void attendance(AttendanceEntry... entries) {
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> records.recordAttendance(meeting.getId(), List.of(entries)));
    }

    /** Runs the work twice at once as the chair: "saved" or "refused", one per run, sorted. */
    private List<String> twiceAtOnce(Runnable work) throws Exception {
        return AllAtOnce.run(2, () -> {
            try {
                as.inWorkspace(world.chairOfA, world.partnershipA, work);
                return "saved";
            } catch (ConcurrentEditException beaten) {
                return "refused";
            }
        }).stream().sorted().toList();
    }

    @Test
    void twoFirstSavesOfTheAttendanceAtOnceGiveOneSaveAndOneClearRefusal() throws Exception {
        List<String> outcomes = twiceAtOnce(() -> records.recordAttendance(meeting.getId(),
                List.of(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null))));

        assertEquals(List.of("refused", "saved"), outcomes);
        assertEquals(AttendanceStatus.PRESENT, rowOf(read(), world.chairOfARepresentative).getStatus());
    }

    @Test
    void twoFirstDecisionsOnAnItemAtOnceGiveOneSaveAndOneClearRefusal() throws Exception {
        attendance(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null),
                new AttendanceEntry(councilRepresentative, AttendanceStatus.PRESENT, null, null));
        Decision agreed = new Decision(null);
        agreed.setResolution("To set the budget at £120,000.");
        agreed.setMethod(DecisionMethod.CONSENSUS);

        List<String> outcomes = twiceAtOnce(() -> records.recordDecision(budget.getId(), agreed, null));

        assertEquals(List.of("refused", "saved"), outcomes);
        assertEquals("To set the budget at £120,000.", read().items().get(0).decision().getResolution());
    }

    @Test
    void aSubstituteCountsForTheOrganisationAndAnObserverDoesNot() {
        quorumOfEveryOrganisation();
        MeetingRecord before = read();
        assertEquals(4, before.attendance().size(), "everyone in office on the day, recorded or not");
        assertEquals("Inquorate: 0 of the 2 member organisations represented, 2 needed.", before.quorum().inWords());

        long observer = observerRepresentative(before);
        attendance(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null),
                new AttendanceEntry(observer, AttendanceStatus.PRESENT, null, null),
                new AttendanceEntry(councilRepresentative, AttendanceStatus.APOLOGIES, null, null));
        assertFalse(read().quorum().quorate(), "the observer does not count for the council");

        MeetingRecord recorded = read();
        attendance(new AttendanceEntry(councilRepresentative, AttendanceStatus.APOLOGIES, "Sam Deputy",
                rowOf(recorded, councilRepresentative).getVersion()));
        MeetingRecord withSubstitute = read();
        assertEquals("Quorate: 2 of the 2 member organisations represented, 2 needed.",
                withSubstitute.quorum().inWords());
        assertEquals("Sam Deputy (for " + rowOf(withSubstitute, councilRepresentative).getRepresentative().getAccount()
                .getName() + ")", rowOf(withSubstitute, councilRepresentative).attendeeName());
    }

    @Test
    void aPastMeetingListsThoseInOfficeThatDayThoughTheirTermHasSinceEnded() {
        Representative council = as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.representatives())
                .stream().filter(representative -> representative.getId() == councilRepresentative).findFirst()
                .orElseThrow();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.endAppointment(councilRepresentative,
                council.getVersion(), LocalDate.now()));
        assertTrue(read().attendance().stream().anyMatch(row -> row.getRepresentative().getId() == councilRepresentative),
                "in office yesterday, the day of the meeting");
        attendance(new AttendanceEntry(councilRepresentative, AttendanceStatus.PRESENT, null, null));
        assertEquals(1, read().quorum().represented());
    }

    @Test
    void underTheFractionRuleAnObserverAloneLeavesTheMeetingInquorate() {
        long observer = observerRepresentative(read());
        attendance(new AttendanceEntry(observer, AttendanceStatus.PRESENT, null, null));
        assertEquals("Inquorate: 0 of the 2 member organisations represented, 1 needed.", read().quorum().inWords());
        attendance(new AttendanceEntry(world.memberOfARepresentative, AttendanceStatus.PRESENT, null, null));
        assertTrue(read().quorum().quorate(), "one in two of two member organisations");
    }

    @Test
    void aWithdrawalMakesTheItemInquorateAndOnlyNotedNotDecidedIsAccepted() {
        quorumOfEveryOrganisation();
        attendance(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null),
                new AttendanceEntry(councilRepresentative, AttendanceStatus.ABSENT, "Sam Deputy", null));
        long substitute = rowOf(read(), councilRepresentative).getId();
        asChair(() -> records.declare(contract.getId(), substitute, "Sam's partner runs one of the bidders.", true));

        MeetingRecord record = read();
        assertTrue(record.quorum().quorate());
        assertTrue(record.items().get(0).quorum().quorate(), "nobody withdrew from the budget");
        assertEquals("Inquorate: 1 of the 2 member organisations represented, 2 needed.",
                record.items().get(1).quorum().inWords());

        Decision agreed = new Decision(null);
        agreed.setResolution("To award the contract to the lowest bidder.");
        agreed.setMethod(DecisionMethod.CONSENSUS);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asChair(() -> records.recordDecision(contract.getId(), agreed, null)));
        assertEquals("Inquorate: 1 of the 2 member organisations represented, 2 needed. No decision can be taken: record"
                + " the item as noted, not decided, or correct the attendance.",
                refused.messagesByField().get("notedNotDecided"));
        assertEquals(null, read().items().get(1).decision(), "nothing was recorded");

        agreed.setNotedNotDecided(true);
        Decision noted = asChair(() -> records.recordDecision(contract.getId(), agreed, null));
        AgendaItem withRecords = read().items().get(1).item();
        assertEquals("\"Cleaning contract\" has declarations, a decision or actions recorded against it, so it stays on"
                + " the agenda.", assertThrows(InvalidInputException.class, () -> asChair(() -> {
                    agendas.removeItem(withRecords.getId(), withRecords.getVersion());
                    return null;
                })).messagesByField().get("title"));
        assertFalse(noted.isQuorateWhenRecorded());
        assertEquals("Noted, not decided: the item was inquorate.", noted.outcomeInWords());

        Decision vote = new Decision(null);
        vote.setResolution("To set the budget at £120,000.");
        vote.setMethod(DecisionMethod.VOTE);
        vote.setVotesFor(2);
        InvalidInputException noVotes = assertThrows(InvalidInputException.class,
                () -> asChair(() -> records.recordDecision(budget.getId(), vote, null)));
        assertEquals("Enter a number of votes from 0 to 500.", noVotes.messagesByField().get("votesAgainst"));
        vote.setVotesAgainst(0);
        vote.setAbstentions(1);
        Decision decided = asChair(() -> records.recordDecision(budget.getId(), vote, null));
        assertTrue(decided.isQuorateWhenRecorded());
        assertEquals("Decided by a vote: 2 for, 0 against, 1 abstention.", decided.outcomeInWords());
        assertThrows(ConcurrentEditException.class,
                () -> asChair(() -> records.recordDecision(budget.getId(), vote, null)), "a second, unaware save");
    }

    @Test
    void whatDoesNotAddUpIsRefusedAndNothingChanges() {
        InvalidInputException present = assertThrows(InvalidInputException.class, () -> attendance(
                new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, "Someone else", null)));
        assertTrue(present.messagesByField().get("substitute-" + world.chairOfARepresentative)
                .endsWith("was present, so nobody attended in their place: leave the substitute empty."));
        assertTrue(read().attendance().stream().allMatch(row -> row.getId() == null), "nothing was saved");
        InvalidInputException markup = assertThrows(InvalidInputException.class, () -> attendance(
                new AttendanceEntry(world.memberOfARepresentative, AttendanceStatus.PRESENT, null, null),
                new AttendanceEntry(councilRepresentative, AttendanceStatus.ABSENT, "Cllr Smith <deputy>", null)));
        assertTrue(markup.messagesByField().containsKey("substitute-" + councilRepresentative), "beside its line");
        assertTrue(read().attendance().stream().allMatch(row -> row.getId() == null), "no line was saved");

        attendance(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null));
        long chairRow = rowOf(read(), world.chairOfARepresentative).getId();
        assertThrows(ConcurrentEditException.class, () -> attendance(
                new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.ABSENT, null, null)),
                "saved by someone else meanwhile");
        assertThrows(InvalidInputException.class, () -> asChair(() -> records.declare(budget.getId(), chairRow, " ",
                false)));
        assertThrows(InvalidInputException.class, () -> asChair(() -> records.addGuest(meeting.getId(),
                new MeetingGuest(null))));

        Meeting tomorrow = asChair(() -> {
            Meeting draft = new Meeting();
            draft.setTitle("Next board");
            draft.scheduleOn(LocalDate.now().plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
            draft.setVenue("Town Hall");
            return meetings.schedule(draft);
        });
        AgendaItem later = asChair(() -> agendas.addItem(tomorrow.getId(), item("Budget")));
        Decision early = new Decision(null);
        early.setResolution("Agreed.");
        early.setMethod(DecisionMethod.CONSENSUS);
        assertEquals("Decisions are recorded once the meeting has started.", assertThrows(InvalidInputException.class,
                () -> asChair(() -> records.recordDecision(later.getId(), early, null))).messagesByField()
                .get("resolution"));
    }

    @Test
    void onlyThoseWhoKeepMeetingsRecordThemAndAnotherWorkspaceFindsNothing() {
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> records.recordAttendance(meeting.getId(), List.of())));
        AgendaItem closed = asChair(() -> {
            AgendaItem draft = item("Staffing");
            draft.setClosedSession(true);
            return agendas.addItem(meeting.getId(), draft);
        });
        assertEquals(3, read().items().size());
        assertEquals(2, as.inWorkspace(world.observerOfA, world.partnershipA, () -> records.read(meeting.getId()))
                .items().size(), "observers see open items only");

        attendance(new AttendanceEntry(world.chairOfARepresentative, AttendanceStatus.PRESENT, null, null));
        long chairRow = rowOf(read(), world.chairOfARepresentative).getId();
        Decision draft = new Decision(null);
        draft.setResolution("Planted.");
        draft.setMethod(DecisionMethod.CONSENSUS);
        MeetingGuest guest = new MeetingGuest(null);
        guest.setName("Planted");
        List<Runnable> fromB = List.of(
                () -> records.read(meeting.getId()),
                () -> records.recordAttendance(meeting.getId(), List.of()),
                () -> records.addGuest(meeting.getId(), guest),
                () -> records.declare(closed.getId(), chairRow, "Planted", false),
                () -> records.recordDecision(budget.getId(), draft, null));
        for (Runnable attempt : fromB) {
            assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB, attempt));
        }
        assertTrue(read().guests().isEmpty());
    }
}
