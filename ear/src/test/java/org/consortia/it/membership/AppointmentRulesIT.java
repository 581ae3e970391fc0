package org.consortia.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.identity.Account;
import org.consortia.identity.AccountService;
import org.consortia.identity.CouncilRole;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody grants themselves a right, chairs are appointed by a chair or the Head of Strategy &
 * Partnerships, every appointment is recorded and announced, and a right ends the moment its term
 * does or its holder moves to another organisation.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(AppointmentRulesIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MembershipService membership;

    @Inject
    WorkspaceAccess access;

    @Inject
    AccountService accounts;

    @Inject
    AttentionService attention;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    @Test
    void nobodyAppointsPromotesOrChangesTheTermOfThemselves() {
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.appoint(world.partnerMembershipOfA, world.chairOfAId, WorkspaceRole.MEMBER_REPRESENTATIVE,
                        LocalDate.now(), null)));
        Representative chair = representativeOf(world.chairOfA);
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.changeAppointment(chair.getId(), chair.getVersion(), WorkspaceRole.CHAIR,
                        chair.getTermStart(), LocalDate.now().plusYears(10))));
        long strategyId = fixtures.count("select a.id from Account a where a.email = '" + world.strategy + "'");
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.strategy, world.partnershipA,
                () -> membership.appoint(world.councilMembershipOfA, strategyId, WorkspaceRole.CHAIR, LocalDate.now(),
                        null)));
        assertEquals(List.of(WorkspaceRole.CHAIR), rolesOf(world.chairOfA));
    }

    @Test
    void onlyAChairOrTheHeadOfStrategyAppointsAChairOrViceChair() {
        String officer = appointOfficerRepresentative();
        long deputyId = fixtures.account("deputy." + world.tag + "@example.org", world.council);

        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(officer, world.partnershipA,
                () -> membership.appoint(world.councilMembershipOfA, deputyId, WorkspaceRole.VICE_CHAIR, LocalDate.now(),
                        null)));
        Representative member = representativeOf(world.memberOfA);
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(officer, world.partnershipA,
                () -> membership.changeAppointment(member.getId(), member.getVersion(), WorkspaceRole.CHAIR,
                        member.getTermStart(), null)));
        as.inWorkspace(officer, world.partnershipA, () -> membership.appoint(world.councilMembershipOfA, deputyId,
                WorkspaceRole.SECRETARIAT, LocalDate.now(), null));

        Representative viceChair = as.inWorkspace(world.strategy, world.partnershipA,
                () -> membership.appoint(world.councilMembershipOfA, deputyId, WorkspaceRole.VICE_CHAIR, LocalDate.now(),
                        null));
        assertEquals("Head of Strategy & Partnerships", viceChair.getAppointedAs());
        assertNotNull(viceChair.getAppointedAt());
        Representative byChair = as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(
                world.partnerMembershipOfA, world.memberOfAId, WorkspaceRole.VICE_CHAIR, LocalDate.now(), null));
        assertEquals("Chair", byChair.getAppointedAs());
    }

    @Test
    void everyoneInTheWorkspaceIsToldWhoWasAppointedAndByWhom() {
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(world.partnerMembershipOfA,
                world.memberOfAId, WorkspaceRole.VICE_CHAIR, LocalDate.now(), null));
        List<AttentionItem> seenByObserver = as.inWorkspace(world.observerOfA, world.partnershipA,
                attention::forCurrentWorkspace);
        AttentionItem told = seenByObserver.stream().filter(item -> item.title().contains("was appointed Vice-chair"))
                .findFirst().orElseThrow();
        assertTrue(told.detail().startsWith("By Person " + world.chairOfA + " (Chair) on "), told.detail());
        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB, attention::forCurrentWorkspace).stream()
                .noneMatch(item -> item.title().contains("was appointed")), "another workspace is not told");
    }

    @Test
    void endingATermTodayTakesTheRightsAwayAtOnceAndRestatingItGivesThemBack() {
        Representative member = representativeOf(world.memberOfA);
        as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endAppointment(member.getId(), member.getVersion(), LocalDate.now()));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, access::enter));
        Representative ended = representativeOf(world.memberOfA);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.changeAppointment(ended.getId(),
                ended.getVersion(), WorkspaceRole.MEMBER_REPRESENTATIVE, ended.getTermStart(), null));
        assertEquals(List.of(WorkspaceRole.MEMBER_REPRESENTATIVE), rolesOf(world.memberOfA));
    }

    @Test
    void endingAMembershipFollowsTheRulesForEndingItsTerms() {
        String officer = appointOfficerRepresentative();
        Membership partner = as.inWorkspace(world.chairOfA, world.partnershipA, membership::memberships).stream()
                .filter(m -> m.getId() == world.partnerMembershipOfA).findFirst().orElseThrow();
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(officer, world.partnershipA,
                () -> membership.endMembership(partner.getId(), partner.getVersion(), LocalDate.now())),
                "the partner's membership holds the chair");
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endMembership(partner.getId(), partner.getVersion(), LocalDate.now())),
                "the chair's own term would end");
        assertEquals(List.of(WorkspaceRole.CHAIR), rolesOf(world.chairOfA));
    }

    @Test
    void someoneWhoMovesToAnotherOrganisationNoLongerSpeaksForTheOldOne() {
        Account moving = as.user(world.admin, () -> accounts.find(world.memberOfAId));
        as.user(world.admin, () -> accounts.update(moving, world.council, EnumSet.noneOf(CouncilRole.class)));

        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, access::enter));
        Representative ended = as.inWorkspace(world.chairOfA, world.partnershipA, membership::representatives).stream()
                .filter(r -> r.getAccount().getId() == world.memberOfAId).findFirst().orElseThrow();
        assertNotNull(ended.getEndedAt(), "the term is ended in the workspace's record");
        assertEquals(LocalDate.now(), ended.getTermEnd());
        assertFalse(ended.isInOfficeOn(LocalDate.now()));
    }

    /** Has the chair appoint a council officer as officer representative; returns their address. */
    private String appointOfficerRepresentative() {
        String officer = "officer." + world.tag + "@example.org";
        long officerId = fixtures.account(officer, world.council);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(world.councilMembershipOfA,
                officerId, WorkspaceRole.OFFICER_REPRESENTATIVE, LocalDate.now(), null));
        return officer;
    }

    private Representative representativeOf(String email) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, membership::representatives).stream()
                .filter(r -> r.getAccount().getEmail().equals(email)).findFirst().orElseThrow();
    }

    private List<WorkspaceRole> rolesOf(String email) {
        return as.inWorkspace(email, world.partnershipA, access::enter).roles().stream().toList();
    }
}
