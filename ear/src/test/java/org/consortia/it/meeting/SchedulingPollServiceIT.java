package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingRulesService;
import org.consortia.meeting.MeetingState;
import org.consortia.meeting.PollChoice;
import org.consortia.meeting.PollResults;
import org.consortia.meeting.QuorumKind;
import org.consortia.meeting.SchedulingPoll;
import org.consortia.meeting.SchedulingPollService;
import org.consortia.meeting.SchedulingPollService.SlotDraft;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Proposing times, answering them, seeing which would be quorate, and turning one into the meeting. */
@ExtendWith(ArquillianExtension.class)
class SchedulingPollServiceIT {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(SchedulingPollServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    SchedulingPollService polls;

    @Inject
    MeetingRulesService rules;

    private Scenario world;
    private String councilMember;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.representative(world.councilMembershipOfA,
                world.headOfServiceId, WorkspaceRole.MEMBER_REPRESENTATIVE));
        councilMember = world.headOfService;
        asChair(() -> {
            MeetingRules everyone = rules.current().rules();
            everyone.setQuorumKind(QuorumKind.NUMBER);
            everyone.setQuorumNumber(2);
            return rules.save(everyone);
        });
    }

    private <T> T asChair(Supplier<T> work) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, work);
    }

    private static SlotDraft at(LocalDate day, int hour) {
        return new SlotDraft(day, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0));
    }

    private SchedulingPoll twoTimes() {
        return asChair(() -> polls.propose("Partnership board", List.of(at(NEXT_MONTH, 10), at(NEXT_MONTH, 14))));
    }

    private PollResults read(SchedulingPoll poll) {
        return asChair(() -> polls.read(poll.getId()));
    }

    private void answer(String who, SchedulingPoll poll, PollChoice first, PollChoice second) {
        PollResults results = read(poll);
        Map<Long, PollChoice> choices = new HashMap<>();
        choices.put(results.slots().get(0).slot().getId(), first);
        choices.put(results.slots().get(1).slot().getId(), second);
        as.inWorkspace(who, world.partnershipA, () -> polls.answer(poll.getId(), choices));
    }

    @Test
    void badTimesAreRefusedBesideTheirRowAndNothingIsStored() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asChair(() -> polls.propose(
                "  ", List.of(at(NEXT_MONTH, 10), new SlotDraft(NEXT_MONTH, LocalTime.of(12, 0), LocalTime.of(11, 0)),
                        at(LocalDate.now().minusDays(1), 10), at(NEXT_MONTH, 10),
                        new SlotDraft(NEXT_MONTH, null, null), new SlotDraft(null, null, null)))));

        Map<String, String> problems = refused.messagesByField();
        assertEquals("Enter a title for the meeting the poll is for.", problems.get("title"));
        assertEquals("The meeting must end after it starts.", problems.get("slot-1"));
        assertEquals("Propose a time in the future.", problems.get("slot-2"));
        assertEquals("This time is proposed twice.", problems.get("slot-3"));
        assertEquals("Enter the day, the start and the end of this time, or leave all three empty.", problems.get("slot-4"));
        assertFalse(problems.containsKey("slot-5"), "an empty row is left out");
        assertEquals(List.of(), asChair(() -> polls.polls()));

        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> asChair(() -> polls.propose("Board", List.of(at(NEXT_MONTH, 10)))));
        assertEquals("Propose at least two times to choose from.", one.messagesByField().get("slots"));
    }

    @Test
    void thePollShowsWhichOrganisationsCouldComeAndWhichTimesAreQuorate() {
        SchedulingPoll poll = twoTimes();
        answer(world.chairOfA, poll, PollChoice.YES, PollChoice.YES);
        answer(councilMember, poll, PollChoice.IF_NEED_BE, PollChoice.NO);
        answer(world.observerOfA, poll, PollChoice.NO, PollChoice.YES);

        PollResults results = read(poll);

        PollResults.SlotResult morning = results.slots().get(0);
        PollResults.SlotResult afternoon = results.slots().get(1);
        assertEquals(List.of(1, 1, 1), List.of(morning.yes(), morning.ifNeedBe(), morning.no()));
        assertEquals(2, morning.organisations().size(), "the partner and the council");
        assertTrue(morning.quorum().quorate());
        assertEquals(List.of(2, 0, 1), List.of(afternoon.yes(), afternoon.ifNeedBe(), afternoon.no()));
        assertEquals(1, afternoon.organisations().size(), "an observer's yes counts for no organisation");
        assertFalse(afternoon.quorum().quorate());

        answer(councilMember, poll, PollChoice.YES, PollChoice.YES);
        assertTrue(read(poll).slots().get(1).quorum().quorate(), "an answer can be changed");
    }

    @Test
    void theChosenTimeBecomesThePlannedMeetingAndThePollCloses() {
        SchedulingPoll poll = twoTimes();
        long afternoon = read(poll).slots().get(1).slot().getId();
        Meeting details = new Meeting();

        InvalidInputException noVenue = assertThrows(InvalidInputException.class,
                () -> asChair(() -> polls.schedule(poll.getId(), afternoon, details)));
        assertTrue(noVenue.messagesByField().containsKey("venue"));
        assertTrue(read(poll).poll().isOpen(), "nothing was scheduled");

        details.setVenue("Town Hall");
        Meeting meeting = asChair(() -> polls.schedule(poll.getId(), afternoon, details));

        assertEquals("Partnership board", meeting.getTitle());
        assertEquals(NEXT_MONTH, meeting.day());
        assertEquals(LocalTime.of(14, 0), meeting.startTime());
        assertEquals(MeetingState.PLANNED, meeting.getState());
        PollResults closed = read(poll);
        assertFalse(closed.poll().isOpen());
        assertFalse(closed.mayAnswer());
        assertThrows(InvalidInputException.class,
                () -> answer(world.chairOfA, poll, PollChoice.YES, PollChoice.NO));
        assertThrows(InvalidInputException.class, () -> asChair(() -> polls.schedule(poll.getId(), afternoon, details)));
    }

    @Test
    void onlyThoseWhoKeepMeetingsProposeAndScheduleAndOnlyRepresentativesAnswer() {
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> polls.propose("Board", List.of(at(NEXT_MONTH, 10), at(NEXT_MONTH, 14)))));
        SchedulingPoll poll = twoTimes();
        long slot = read(poll).slots().get(0).slot().getId();
        Meeting details = new Meeting();
        details.setVenue("Town Hall");
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> polls.schedule(poll.getId(), slot, details)));
        answer(world.memberOfA, poll, PollChoice.YES, PollChoice.NO);
        assertEquals(List.of(PollChoice.YES, PollChoice.NO), read(poll).answers().values().stream().sorted().toList(),
                "a member representative answers both times");
    }

    @Test
    void anotherWorkspacesPollAndItsTimesAreNotFound() {
        SchedulingPoll poll = twoTimes();
        SchedulingPoll other = twoTimes();
        long slot = read(poll).slots().get(0).slot().getId();
        Meeting details = new Meeting();
        details.setVenue("Town Hall");

        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> polls.read(poll.getId())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> polls.answer(poll.getId(), Map.of(slot, PollChoice.YES))));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> polls.schedule(poll.getId(), slot, details)));
        assertThrows(RecordNotFoundException.class, () -> asChair(() -> {
            polls.answer(other.getId(), Map.of(slot, PollChoice.YES));
            return null;
        }), "a time of another poll");
        assertThrows(RecordNotFoundException.class, () -> asChair(() -> polls.schedule(other.getId(), slot, details)));
        assertEquals(Map.of(), read(poll).answers());
    }
}
