package org.consortia.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.it.support.AllAtOnce;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.notification.OutboxMessage;
import org.consortia.tenancy.WorkspaceDirectory;
import org.consortia.tenancy.WorkspaceSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Chairs and officer representatives manage membership; every change is in the history. */
@ExtendWith(ArquillianExtension.class)
class MembershipServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MembershipServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MembershipService membership;

    @Inject
    HistoryService history;

    @Inject
    WorkspaceDirectory directory;

    @Inject
    AttentionService attention;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    @Test
    void theChairAddsAnOrganisationAndAppointsItsRepresentative() {
        Membership added = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(added.getId(), world.outsiderId,
                WorkspaceRole.MEMBER_REPRESENTATIVE, LocalDate.now(), LocalDate.now().plusYears(2)));
        List<WorkspaceSummary> outsiderNow = as.user(world.outsider, directory::mine);
        assertEquals(List.of(world.slugA), outsiderNow.stream().map(WorkspaceSummary::slug).toList());

        OutboxMessage told = fixtures.single("select m from OutboxMessage m where m.address = '" + world.outsider + "'",
                OutboxMessage.class);
        assertEquals("You have been appointed to Partnership A " + world.tag, told.getSubject());
        assertTrue(told.getTextBody().startsWith("You have been appointed Member representative of Partnership A "
                + world.tag + " for Outsider " + world.tag), told.getTextBody());
        assertTrue(told.getTextBody().contains("/w/" + world.slugA), "it links to the workspace");
        assertTrue(told.getHtmlBody().contains("<a href="), told.getHtmlBody());
        assertEquals(0, fixtures.count("select count(m) from OutboxMessage m where m.address = '" + world.chairOfA
                + "'"), "the chair who appointed is told nothing");
    }

    @Test
    void termsEndingSoonNeedTheAttentionOfTheRepresentativeAndTheChair() {
        LocalDate soon = LocalDate.now().plusDays(20);
        Membership outsiders = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now().minusYears(1)));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(outsiders.getId(),
                world.outsiderId, WorkspaceRole.SECRETARIAT, LocalDate.now().minusYears(1), soon));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(outsiders.getId(),
                world.outsiderId, WorkspaceRole.OBSERVER, LocalDate.now(), LocalDate.now().plusYears(3)));
        String date = soon.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));

        assertEquals(List.of("Person " + world.outsider + "'s term of office ends on " + date),
                termItems(world.chairOfA, world.partnershipA));
        assertEquals(List.of("Your term of office ends on " + date), termItems(world.outsider, world.partnershipA));
        assertTrue(termItems(world.memberOfA, world.partnershipA).isEmpty());
        assertTrue(termItems(world.chairOfB, world.partnershipB).isEmpty());
    }

    @Test
    void aRepresentativeSpeaksForTheirOwnOrganisationOnly() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.chairOfA, world.partnershipA, () -> membership.appoint(world.councilMembershipOfA,
                        world.memberOfAId, WorkspaceRole.MEMBER_REPRESENTATIVE, LocalDate.now(), null)));
        assertEquals(Map.of("account", "Choose a person who works for Council " + world.tag
                + ": a representative speaks for their own organisation."), refused.messagesByField());
        assertEquals(0, fixtures.count("select count(m) from OutboxMessage m where m.address = '" + world.memberOfA
                + "'"), "a refused appointment tells nobody anything");
        List<String> appointable = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.appointablePeople(world.partnerMembershipOfA))
                .stream().map(org.consortia.identity.Account::getEmail).toList();
        assertTrue(appointable.contains(world.memberOfA));
        assertFalse(appointable.contains(world.outsider));
        assertFalse(appointable.contains(world.admin), "only people of the chosen organisation are offered");
        assertTrue(as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.appointablePeople(world.councilMembershipOfB)).isEmpty(), "another workspace's member");
        assertThrows(org.consortia.access.AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA,
                world.partnershipA, () -> membership.appointablePeople(world.partnerMembershipOfA)));
    }

    @Test
    void leavingBeforeJoiningIsRefusedWithAMessage() {
        Membership joining = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now().plusMonths(1)));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.chairOfA, world.partnershipA,
                () -> membership.endMembership(joining.getId(), joining.getVersion(), LocalDate.now())));
        assertEquals(Map.of("leftOn", "The end date must not be before the start date."), refused.messagesByField());
    }

    @Test
    void theChairChangesARoleAndTermAndTheHistoryShowsIt() {
        Representative member = as.inWorkspace(world.chairOfA, world.partnershipA, membership::representatives)
                .stream().filter(r -> r.getAccount().getEmail().equals(world.memberOfA)).findFirst().orElseThrow();
        LocalDate end = LocalDate.of(2027, 3, 31);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.changeAppointment(member.getId(),
                member.getVersion(), WorkspaceRole.VICE_CHAIR, member.getTermStart(), end));
        List<HistoryEntry> entries = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.REPRESENTATIVE, member.getId()));
        assertEquals(List.of(new FieldChange("Role", "Member representative", "Vice-chair"),
                new FieldChange("Term end", null, "31 March 2027")), entries.get(entries.size() - 1).changes());
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.changeAppointment(member.getId(), member.getVersion(), WorkspaceRole.OBSERVER,
                        member.getTermStart(), null)));
    }

    private List<String> termItems(String email, long partnership) {
        return as.inWorkspace(email, partnership, attention::forCurrentWorkspace).stream()
                .map(AttentionItem::title).filter(title -> title.contains("term of office")).toList();
    }

    @Test
    void anOrganisationCannotJoinTwice() {
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA,
                world.partnershipA, () -> membership.addMember(world.partner, LocalDate.now())));
        assertEquals(Map.of("organisation", "Partner " + world.tag + " is already a member."), twice.messagesByField());
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.chairOfA, world.partnershipA, () -> membership.appoint(world.partnerMembershipOfA,
                        world.memberOfAId, WorkspaceRole.OBSERVER, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))));
        assertEquals(Map.of("termEnd", "The end date must not be before the start date."), backwards.messagesByField());
    }

    @Test
    void leavingEndsTheMembershipAndItsRepresentativesTermsButKeepsTheRows() {
        Membership partner = as.inWorkspace(world.chairOfA, world.partnershipA, membership::memberships).stream()
                .filter(m -> m.getId() == world.partnerMembershipOfA).findFirst().orElseThrow();
        LocalDate today = LocalDate.now();
        // The partner's representatives include the chair, so the Head of Strategy & Partnerships ends it.
        as.inWorkspace(world.strategy, world.partnershipA,
                () -> membership.endMembership(partner.getId(), partner.getVersion(), today));

        List<Representative> representatives = as.inWorkspace(world.strategy, world.partnershipA,
                membership::representatives);
        assertEquals(3, representatives.size());
        assertTrue(representatives.stream().allMatch(r -> today.equals(r.getTermEnd())));
        assertTrue(as.user(world.memberOfA, directory::mine).isEmpty());

        List<HistoryEntry> memberHistory = as.inWorkspace(world.strategy, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MEMBERSHIP, partner.getId()));
        HistoryEntry left = memberHistory.get(memberHistory.size() - 1);
        assertEquals(List.of(new FieldChange("Left on", null, today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))),
                left.changes());
        assertEquals("Person " + world.strategy, left.author());
    }

    @Test
    void aStaleMembershipVersionIsRefused() {
        Membership council = as.inWorkspace(world.chairOfA, world.partnershipA, membership::memberships).stream()
                .filter(m -> m.getId() == world.councilMembershipOfA).findFirst().orElseThrow();
        as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endMembership(council.getId(), council.getVersion(), LocalDate.now()));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endMembership(council.getId(), council.getVersion(), LocalDate.now())));
    }

    @Test
    void theAccountableHeadOfServiceReadsTheMembershipButDoesNotChangeIt() {
        assertEquals(2, as.inWorkspace(world.headOfService, world.partnershipA, membership::memberships).size());
        assertThrows(org.consortia.access.AccessDeniedException.class, () -> as.inWorkspace(world.headOfService,
                world.partnershipA, () -> membership.addMember(world.outsiderOrganisation, LocalDate.now())));
    }

    @Test
    void addingTheSameOrganisationTwiceAtOnceAddsItOnce() throws Exception {
        List<String> outcomes = AllAtOnce.run(2, () -> {
            try {
                as.inWorkspace(world.chairOfA, world.partnershipA,
                        () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
                return "added";
            } catch (InvalidInputException already) {
                return "refused";
            }
        });
        assertEquals(List.of("added", "refused"), outcomes.stream().sorted().toList());
        assertEquals(1, as.inWorkspace(world.chairOfA, world.partnershipA, membership::memberships).stream()
                .filter(m -> m.isCurrent() && m.getOrganisation().getName().equals("Outsider " + world.tag)).count());
    }
}
