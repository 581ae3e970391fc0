package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.listing.PageRequest;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingRulesService;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.MeetingState;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduling, changing and cancelling meetings, and who may. */
@ExtendWith(ArquillianExtension.class)
class MeetingServiceIT {

    private static final LocalDate NEXT_TUESDAY = LocalDate.now().plusDays(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MeetingServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MeetingService meetings;

    @Inject
    AttentionService attention;

    @Inject
    MeetingRulesService rules;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private static Meeting board(LocalDate day, LocalTime start, LocalTime end) {
        Meeting meeting = new Meeting();
        meeting.setTitle("Partnership board");
        meeting.scheduleOn(day, start, end);
        meeting.setVenue("Town Hall");
        return meeting;
    }

    private Meeting schedule(String email, Meeting draft) {
        return as.inWorkspace(email, world.partnershipA, () -> meetings.schedule(draft));
    }

    private String secretariatOfA() {
        String secretariat = "secretariat-" + world.tag + "@example.org";
        long id = fixtures.account(secretariat, world.partner);
        CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.representative(world.partnerMembershipOfA, id,
                WorkspaceRole.SECRETARIAT));
        return secretariat;
    }

    @Test
    void theSecretariatSchedulesAMeetingInUkTimeAndEveryoneReadsIt() {
        String secretariat = secretariatOfA();
        Meeting winter = schedule(secretariat, board(LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertEquals(Instant.parse("2027-03-16T10:00:00Z"), winter.getStartsAt(), "Greenwich time in March");
        Meeting summer = schedule(world.chairOfA, board(LocalDate.of(2027, 7, 6), LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertEquals(Instant.parse("2027-07-06T09:00:00Z"), summer.getStartsAt(), "British Summer Time in July");
        assertEquals(MeetingState.PLANNED, summer.getState());

        var page = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> meetings.list(new PageRequest(0, 20, "startsAt", false)));
        assertEquals(2, page.total());
        assertEquals(summer.getId(), page.items().get(0).getId(), "the latest first");
        var read = as.inWorkspace(world.memberOfA, world.partnershipA, () -> meetings.find(winter.getId()));
        assertEquals(LocalTime.of(10, 0), read.meeting().startTime());
        assertFalse(read.mayManage());
        assertFalse(as.inWorkspace(world.observerOfA, world.partnershipA, meetings::mayManage));
    }

    @Test
    void aMeetingThatDoesNotAddUpIsRefusedWithEveryReasonAndNothingIsSaved() {
        Meeting draft = board(NEXT_TUESDAY, LocalTime.of(12, 0), LocalTime.of(11, 0));
        draft.setTitle("<b>Board</b>");
        draft.setKind(MeetingKind.EXTRAORDINARY);
        draft.setVenue(" ");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> schedule(world.chairOfA, draft));
        assertEquals(Map.of(
                "title", "Remove the markup: angle brackets, character references and script links are not allowed here.",
                "endTime", "The meeting must end after it starts.",
                "convenedBy", "Say who convened this extraordinary meeting.",
                "convenedBecause", "Say why this extraordinary meeting was convened.",
                "venue", "Enter where the meeting is held, or how to join it online, or both."), refused.messagesByField());

        Meeting undated = board(null, null, null);
        undated.setTitle(" ");
        assertEquals(Map.of("title", "Enter a title for the meeting.",
                        "day", "Enter the day and the time the meeting starts.",
                        "endTime", "Enter the time the meeting ends."),
                assertThrows(InvalidInputException.class, () -> schedule(world.chairOfA, undated)).messagesByField());
        assertEquals(0, as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.list(PageRequest.firstPage(20))).total());
    }

    @Test
    void onlyTheChairsAndSecretariatManageMeetingsAndOnlyTheirOwnWorkspaces() {
        for (String refused : new String[] {world.memberOfA, world.observerOfA}) {
            assertThrows(AccessDeniedException.class,
                    () -> schedule(refused, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))), refused);
        }
        assertThrows(WorkspaceNotFoundException.class,
                () -> schedule(world.chairOfB, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))));
        Meeting inB = as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> meetings.schedule(board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.find(inB.getId())), "another workspace's meeting is not found");
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.cancel(inB.getId(), inB.getVersion())));
        assertEquals(0, as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.list(PageRequest.firstPage(20))).total());
    }

    @Test
    void twoPeopleChangingOneMeetingDoNotOverwriteEachOtherAndACancelledMeetingStaysAsItWas() {
        String secretariat = secretariatOfA();
        Meeting scheduled = schedule(world.chairOfA, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        Meeting chairs = as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.find(scheduled.getId())).meeting();
        Meeting secretariats = as.inWorkspace(secretariat, world.partnershipA,
                () -> meetings.find(scheduled.getId())).meeting();
        chairs.setVenue("Council Chamber");
        secretariats.setVenue("Committee Room 2");
        Meeting changed = as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.update(chairs));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(secretariat, world.partnershipA,
                () -> meetings.update(secretariats)));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(secretariat, world.partnershipA,
                () -> meetings.cancel(scheduled.getId(), scheduled.getVersion())), "cancelling what was not seen");

        as.inWorkspace(secretariat, world.partnershipA, () -> meetings.cancel(changed.getId(), changed.getVersion()));
        Meeting cancelled = as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.find(scheduled.getId()))
                .meeting();
        assertEquals(MeetingState.CANCELLED, cancelled.getState());
        assertEquals("Council Chamber", cancelled.getVenue());
        cancelled.setVenue("Somewhere else");
        assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.update(cancelled)));
        assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.cancel(cancelled.getId(), cancelled.getVersion())), "cancelled once only");
    }

    @Test
    void aMeetingOutsideTheAcceptableHoursIsFlaggedToThoseWhoManageMeetings() {
        LocalDate saturday = NEXT_TUESDAY.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Meeting weekend = schedule(world.chairOfA, board(saturday, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        Meeting evening = schedule(world.chairOfA, board(NEXT_TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)));
        Meeting usual = schedule(world.chairOfA, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertTrue(as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.find(weekend.getId())).outsideHours());
        assertTrue(as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.find(evening.getId())).outsideHours());
        assertFalse(as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.find(usual.getId())).outsideHours());
        assertFalse(as.inWorkspace(world.memberOfA, world.partnershipA, () -> meetings.find(weekend.getId())).outsideHours(),
                "the flag is for those who arrange meetings");
        assertEquals(usual.getId(), as.inWorkspace(world.memberOfA, world.partnershipA, meetings::next).orElseThrow().getId(),
                "the next meeting is the first to start");
    }

    private List<String> attentionOf(String email) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .map(AttentionItem::title).toList();
    }

    @Test
    void theNextMeetingIsOnEveryonesListAndTheChairIsToldOfWhatTheRulesDoNotAllow() {
        as.inWorkspace(world.chairOfB, world.partnershipB, () -> {
            MeetingRules noMinimum = rules.current().rules();
            noMinimum.setMinimumMeetings(0);
            return rules.save(noMinimum);
        });
        assertTrue(attentionOf(world.chairOfA).contains("Fewer meetings than the rules ask"),
                "none held in the last twelve months, four asked for");
        LocalDate saturday = NEXT_TUESDAY.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        schedule(world.chairOfA, board(saturday, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        Meeting next = schedule(world.chairOfA, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertTrue(attentionOf(world.memberOfA).contains("Next meeting: Partnership board"));
        assertTrue(attentionOf(world.chairOfA).contains("Fewer meetings than the rules ask"),
                "another workspace's rules, which ask for none, do not count here");
        assertFalse(attentionOf(world.memberOfA).contains("Outside the acceptable hours: Partnership board"));
        assertFalse(attentionOf(world.memberOfA).contains("Fewer meetings than the rules ask"));
        assertTrue(attentionOf(world.chairOfA).contains("Outside the acceptable hours: Partnership board"));
        var item = as.inWorkspace(world.observerOfA, world.partnershipA, attention::forCurrentWorkspace).stream()
                .filter(found -> found.title().startsWith("Next meeting")).findFirst().orElseThrow();
        assertEquals("meeting?id=" + next.getId(), item.workspacePage());
        assertEquals(NEXT_TUESDAY, item.due());

        for (int quarter = 1; quarter <= 4; quarter++) {
            Meeting past = schedule(world.chairOfA, board(LocalDate.now().minusMonths(3L * quarter - 1),
                    LocalTime.of(10, 0), LocalTime.of(12, 0)));
            as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.recordHeld(past.getId(), past.getVersion()));
        }
        assertFalse(attentionOf(world.chairOfA).contains("Fewer meetings than the rules ask"), "four held this year");
    }

    @Test
    void aMeetingIsRecordedAsHeldOnlyOnceItHasStarted() {
        Meeting future = schedule(world.chairOfA, board(NEXT_TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertEquals(Map.of("held", "A meeting can be recorded as held once it has started."),
                assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                        () -> meetings.recordHeld(future.getId(), future.getVersion()))).messagesByField());
        Meeting past = schedule(world.chairOfA, board(LocalDate.now().minusDays(7), LocalTime.of(10, 0),
                LocalTime.of(12, 0)));
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> meetings.recordHeld(past.getId(), past.getVersion())));
        Meeting held = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.recordHeld(past.getId(), past.getVersion()));
        assertEquals(MeetingState.HELD, held.getState());
        assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> meetings.cancel(held.getId(), held.getVersion())), "a meeting held is not cancelled");
    }
}
