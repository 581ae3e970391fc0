package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingRulesService;
import org.consortia.meeting.QuorumKind;
import org.consortia.meeting.RulesView;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The meeting rules of a workspace: read by everyone in it, set by its chairs, kept in the history. */
@ExtendWith(ArquillianExtension.class)
class MeetingRulesServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MeetingRulesServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MeetingRulesService rules;

    @Inject
    HistoryService history;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private RulesView current(String email) {
        return as.inWorkspace(email, world.partnershipA, rules::current);
    }

    private MeetingRules save(String email, MeetingRules edited) {
        return as.inWorkspace(email, world.partnershipA, () -> rules.save(edited));
    }

    /** A vice-chair appointed in workspace A, from the partner organisation. */
    private String viceChairOfA() {
        String viceChair = "vice-chair-" + world.tag + "@example.org";
        long viceChairId = fixtures.account(viceChair, world.partner);
        CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.representative(world.partnerMembershipOfA,
                viceChairId, WorkspaceRole.VICE_CHAIR));
        return viceChair;
    }

    private static MeetingRules quarterlyOnTuesdaysAndThursdays(MeetingRules edited) {
        edited.setQuorumKind(QuorumKind.NUMBER);
        edited.setQuorumNumber(3);
        edited.setMinimumMeetings(6);
        edited.setMeetingDays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        edited.setEarliestStart(LocalTime.of(10, 0));
        edited.setLatestEnd(LocalTime.of(16, 0));
        edited.setAgendaNoticeDays(7);
        return edited;
    }

    @Test
    void theDefaultsHoldUntilTheChairSetsRulesAndEveryChangeIsKept() {
        RulesView defaults = current(world.memberOfA);
        assertFalse(defaults.set());
        assertFalse(defaults.mayChange(), "a member representative reads the rules only");
        assertEquals(3, defaults.rules().quorumOf(5), "by default one in two of the members, rounded up");
        assertEquals(4, defaults.rules().getMinimumMeetings());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), defaults.rules().getMeetingDays());
        assertEquals(5, defaults.rules().getAgendaNoticeDays());

        RulesView chairs = current(world.chairOfA);
        assertTrue(chairs.mayChange());
        MeetingRules saved = save(world.chairOfA, quarterlyOnTuesdaysAndThursdays(chairs.rules()));

        RulesView read = current(world.memberOfA);
        assertTrue(read.set());
        assertEquals(3, read.rules().quorumOf(10));
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), read.rules().getMeetingDays());
        assertEquals(LocalTime.of(10, 0), read.rules().getEarliestStart());
        assertEquals(LocalTime.of(16, 0), read.rules().getLatestEnd());
        assertEquals(7, read.rules().getAgendaNoticeDays());

        MeetingRules changed = current(world.chairOfA).rules();
        changed.setMinimumMeetings(8);
        save(world.chairOfA, changed);
        assertEquals(8, current(world.memberOfA).rules().getMinimumMeetings());
        assertEquals(2, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MEETING_RULES, saved.getId())).size());
    }

    @Test
    void onlyTheChairsAndTheOfficerRepresentativeSetTheRules() {
        String viceChair = viceChairOfA();
        save(viceChair, quarterlyOnTuesdaysAndThursdays(current(viceChair).rules()));
        assertEquals(6, current(world.memberOfA).rules().getMinimumMeetings());

        for (String refused : new String[] {world.memberOfA, world.observerOfA}) {
            MeetingRules edited = current(refused).rules();
            edited.setMinimumMeetings(1);
            assertThrows(AccessDeniedException.class, () -> save(refused, edited), refused);
        }
        assertThrows(WorkspaceNotFoundException.class, () -> save(world.chairOfB, new MeetingRules()),
                "the chair of another workspace cannot even find this one");
        assertEquals(6, current(world.memberOfA).rules().getMinimumMeetings(), "nothing changed");
    }

    @Test
    void rulesThatDoNotAddUpAreRefusedWithEveryReasonAndNothingIsSaved() {
        MeetingRules edited = current(world.chairOfA).rules();
        edited.setQuorumNumerator(3);
        edited.setQuorumDenominator(2);
        edited.setMinimumMeetings(60);
        edited.setMeetingDays(EnumSet.noneOf(DayOfWeek.class));
        edited.setEarliestStart(LocalTime.of(18, 0));
        edited.setLatestEnd(LocalTime.of(17, 0));
        edited.setAgendaNoticeDays(-1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> save(world.chairOfA, edited));
        assertEquals(Map.of(
                "quorumNumerator", "The fraction cannot be more than all of the member organisations: enter a first"
                        + " number no larger than the second.",
                "minimumMeetings", "Enter a number of meetings from 0 to 52.",
                "meetingDays", "Choose at least one day on which meetings may be held.",
                "latestEnd", "The latest end must be after the earliest start.",
                "agendaNoticeDays", "Enter a number of clear days from 0 to 60."), refused.messagesByField());

        MeetingRules noNumber = current(world.chairOfA).rules();
        noNumber.setQuorumKind(QuorumKind.NUMBER);
        noNumber.setQuorumNumber(null);
        assertEquals(Map.of("quorumNumber", "Enter how many member organisations make a quorum."),
                assertThrows(InvalidInputException.class, () -> save(world.chairOfA, noNumber)).messagesByField());
        assertFalse(current(world.chairOfA).set(), "nothing was saved");
    }

    @Test
    void twoChairsEditingTheRulesDoNotOverwriteEachOther() {
        String viceChair = viceChairOfA();

        MeetingRules chairsDefaults = current(world.chairOfA).rules();
        MeetingRules viceChairsDefaults = current(viceChair).rules();
        chairsDefaults.setMinimumMeetings(10);
        viceChairsDefaults.setMinimumMeetings(2);
        save(world.chairOfA, chairsDefaults);
        ConcurrentEditException first = assertThrows(ConcurrentEditException.class,
                () -> save(viceChair, viceChairsDefaults), "both were shown the defaults; the chair set rules first");
        assertTrue(first.getMessage().matches(".*" + Pattern.quote(world.chairOfA) + ".* saved the meeting rules at"
                + " \\d\\d:\\d\\d on .*, while you were editing it\\. Your changes have not been saved\\."),
                first.getMessage());

        MeetingRules chairs = current(world.chairOfA).rules();
        MeetingRules viceChairs = current(viceChair).rules();
        chairs.setAgendaNoticeDays(10);
        viceChairs.setAgendaNoticeDays(3);
        save(world.chairOfA, chairs);
        assertThrows(ConcurrentEditException.class, () -> save(viceChair, viceChairs));
        RulesView stored = current(world.memberOfA);
        assertEquals(10, stored.rules().getMinimumMeetings());
        assertEquals(10, stored.rules().getAgendaNoticeDays());
    }

    @Test
    void eachWorkspaceHasRulesOfItsOwn() {
        save(world.chairOfA, quarterlyOnTuesdaysAndThursdays(current(world.chairOfA).rules()));
        RulesView other = as.inWorkspace(world.chairOfB, world.partnershipB, rules::current);
        assertFalse(other.set(), "another workspace still has the defaults");
        assertEquals(4, other.rules().getMinimumMeetings());
        assertThrows(WorkspaceNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipB,
                rules::current));
    }
}
