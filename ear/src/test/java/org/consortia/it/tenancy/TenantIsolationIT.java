package org.consortia.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionService;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.CouncilRole;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceDirectory;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.consortia.tenancy.WorkspaceSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member of one workspace can neither read, change nor learn of another workspace's data through
 * any service, even when handed the other workspace's ids.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(TenantIsolationIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    CallerLookup callers;

    @Inject
    WorkspaceAccess access;

    @Inject
    WorkspaceDirectory directory;

    @Inject
    MembershipService membership;

    @Inject
    HistoryService history;

    @Inject
    AttentionService attention;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    @Test
    void aWorkspaceEnteredInsideAnotherWorkspacesTransactionIsRefused() {
        // A persistence context keeps its first workspace for the whole transaction, so reading a second
        // workspace in it would read the first one's rows under the second one's name.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> as.user(world.strategy,
                () -> fixtures.inOneTransaction(() -> {
                    assertFalse(CurrentWorkspace.callIn(world.partnershipA, membership::memberships).isEmpty());
                    return CurrentWorkspace.callIn(world.partnershipB, membership::memberships);
                })));
        boolean named = false;
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            named |= cause instanceof IllegalStateException && cause.getMessage().contains("inside the transaction of workspace");
        }
        assertTrue(named, "refused for what it is: " + refused);
    }

    @Test
    void theHomePageListsWhatNeedsAttentionOnlyWhereThePersonHoldsARole() {
        assertEquals(as.inWorkspace(world.chairOfA, world.partnershipA, attention::forCurrentWorkspace),
                as.user(world.chairOfA, () -> attention.forWorkspace(world.partnershipA)));
        long strategy = fixtures.count("select a.id from Account a where a.email = '" + world.strategy + "'");
        String visits = "select count(*) from oversight_visit where account_id = " + strategy;
        long visitsBefore = fixtures.countInSql(visits);
        assertEquals(List.of(), as.user(world.strategy, () -> attention.forWorkspace(world.partnershipA)),
                "an overseer is not a member");
        assertEquals(List.of(), as.user(world.outsider, () -> attention.forWorkspace(world.partnershipA)));
        assertEquals(visitsBefore, fixtures.countInSql(visits), "and the home page visits nowhere as an overseer");

        assertEquals(Map.of(world.partnershipA, as.user(world.chairOfA, () -> attention.forWorkspace(world.partnershipA)),
                        world.partnershipB, List.of()),
                as.user(world.chairOfA, () -> attention.forWorkspaces(List.of(world.partnershipA, world.partnershipB))));
        Caller chair = as.user(world.chairOfA, callers::current);
        assertThrows(AccessDeniedException.class, () -> as.user(world.memberOfA,
                () -> attention.forWorkspaceOf(chair, world.partnershipA)), "nobody passes as another person");
        assertThrows(AccessDeniedException.class, () -> as.user(world.chairOfA, () -> attention.forWorkspaceOf(
                new Caller(chair.accountId(), chair.name(), chair.email(), chair.organisationId(),
                        chair.organisationName(), EnumSet.of(CouncilRole.ADMIN), false), world.partnershipA)),
                "nor with roles they do not hold");
    }

    @Test
    void memberSeesOnlyTheirOwnWorkspacesRows() {
        List<Membership> members = as.inWorkspace(world.chairOfA, world.partnershipA, membership::memberships);
        assertEquals(2, members.size());
        assertTrue(members.stream().allMatch(m -> m.getPartnershipId() == world.partnershipA));
    }

    @Test
    void memberOfOneWorkspaceIsToldAnotherDoesNotExist() {
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipB, access::enter));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipB, membership::memberships));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipB, membership::representatives));
    }

    @Test
    void anUnknownWorkspaceLooksTheSameAsAForeignOne() {
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, Long.MAX_VALUE, access::enter));
    }

    @Test
    void foreignIdsCannotBeChangedFromOnesOwnWorkspace() {
        long foreignMembership = world.councilMembershipOfB;
        long foreignRepresentative = world.chairOfBRepresentative;
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endMembership(foreignMembership, 0, LocalDate.now())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.endAppointment(foreignRepresentative, 0, LocalDate.now())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.appoint(foreignMembership, world.chairOfAId, WorkspaceRole.CHAIR,
                        LocalDate.now(), null)));

        List<Membership> stillThere = as.inWorkspace(world.chairOfB, world.partnershipB, membership::memberships);
        assertTrue(stillThere.get(0).isCurrent(), "the other workspace's membership is untouched");
    }

    @Test
    void foreignHistoryCannotBeReadById() {
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MEMBERSHIP, world.councilMembershipOfB)));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.REPRESENTATIVE, world.chairOfBRepresentative)));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.PARTNERSHIP, world.partnershipB)));
        assertFalse(as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MEMBERSHIP, world.councilMembershipOfA)).isEmpty());
    }

    @Test
    void theSwitcherListsOnlyTheCallersWorkspaces() {
        List<WorkspaceSummary> mine = as.user(world.chairOfA, directory::mine);
        assertEquals(List.of(world.slugA), mine.stream().map(WorkspaceSummary::slug).toList());
        assertTrue(as.user(world.outsider, directory::mine).isEmpty());
    }

    @Test
    void outsiderAndCouncilStaffWithoutOversightGetNotFound() {
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.outsider, world.partnershipA, access::enter));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.admin, world.partnershipA, access::enter));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.otherHeadOfService, world.partnershipA, access::enter));
    }

    @Test
    void oversightRolesReadButDoNotChange() {
        WorkspaceContext cmtView = as.inWorkspace(world.cmt, world.partnershipA, access::enter);
        assertTrue(cmtView.oversight());
        assertEquals(2, as.inWorkspace(world.cmt, world.partnershipA, membership::memberships).size());
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.cmt, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now())));

        WorkspaceContext accountable = as.inWorkspace(world.headOfService, world.partnershipA, access::enter);
        assertTrue(accountable.oversight() && !accountable.appointsForCouncil());
    }

    @Test
    void anOversightVisitIsRecordedOncePerPurposeNotOncePerServiceCall() {
        String visitsOfCmt = "select count(v) from OversightVisit v where v.partnershipId = " + world.partnershipA
                + " and v.accountId = (select a.id from Account a where a.email = '" + world.cmt + "')";
        long before = fixtures.count(visitsOfCmt);
        as.inWorkspace(world.cmt, world.partnershipA, () -> {
            access.enter();
            membership.memberships();
            membership.representatives();
            access.require(Action.VIEW_HISTORY);
        });
        assertEquals(before + 2, fixtures.count(visitsOfCmt), "one visit to view the workspace, one to read history");
        assertEquals(0, fixtures.count("select count(v) from OversightVisit v where v.partnershipId = "
                + world.partnershipA + " and v.accountId = (select a.id from Account a where a.email = '"
                + world.chairOfA + "')"), "members' own visits are not oversight");
    }

    @Test
    void anObserverMayReadButNotManage() {
        assertEquals(2, as.inWorkspace(world.observerOfA, world.partnershipA, membership::memberships).size());
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now())));
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now())));
    }

    @Test
    void aBulkStatementInOneWorkspaceLeavesAnothersRowsAlone() {
        long openInB = CurrentWorkspace.callIn(world.partnershipB, fixtures::openTerms);
        int changed = CurrentWorkspace.callIn(world.partnershipA,
                () -> fixtures.endAllTermsByBulkStatement(LocalDate.now()));
        assertEquals(3, changed);
        assertEquals(0, CurrentWorkspace.callIn(world.partnershipA, fixtures::openTerms));
        assertEquals(openInB, CurrentWorkspace.callIn(world.partnershipB, fixtures::openTerms));
        assertTrue(openInB > 0);
    }

    @Test
    void aBulkStatementWithItsOwnWhereClauseIsRefused() {
        EJBException refused = assertThrows(EJBException.class, () -> CurrentWorkspace.runIn(world.partnershipA,
                () -> fixtures.bulkStatementWithItsOwnCondition(LocalDate.now())));
        assertTrue(refused.getCause() instanceof IllegalArgumentException);
        assertEquals(3, CurrentWorkspace.callIn(world.partnershipA, fixtures::openTerms));
    }

    @Test
    void rowsWrittenInAWorkspaceBelongToIt() {
        Membership added = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
        assertEquals(world.partnershipA, added.getPartnershipId());
        assertEquals(1, as.inWorkspace(world.chairOfB, world.partnershipB, membership::memberships).size());
    }
}
