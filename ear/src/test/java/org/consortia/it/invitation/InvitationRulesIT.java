package org.consortia.it.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.CouncilRole;
import org.consortia.invitation.Invitation;
import org.consortia.invitation.InvitationAcceptance;
import org.consortia.invitation.Invitations;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of appointments hold for invitations: only those who appoint invite, chairs only by a
 * chair, another workspace's invitation is none of theirs, and an inviter whose right has ended
 * leaves an invitation that can no longer be accepted.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationRulesIT {

    private static final String PASSWORD = "an invitee's own password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(InvitationRulesIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    Invitations invitations;

    @Inject
    InvitationAcceptance acceptance;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private Invitation invite(String inviter, String email, WorkspaceRole role) {
        return as.inWorkspace(inviter, world.partnershipA, () -> invitations.inviteToWorkspace(email, "Ivy Invitee",
                world.partnerMembershipOfA, role, LocalDate.now(), null));
    }

    /** The link's token as its e-mail carries it until sent: the database keeps only its hash. */
    private String tokenOf(Invitation invitation) {
        return fixtures.single("select m.secret from OutboxMessage m where m.eventKey = 'invitation:"
                + invitation.getId() + ":" + invitation.getSends() + "'", String.class);
    }

    @Test
    void onlyChairsViceChairsAndTheOfficerInviteAndOnlyAChairInvitesAChair() {
        String email = "ivy." + world.tag + "@example.org";
        assertThrows(AccessDeniedException.class, () -> invite(world.memberOfA, email, WorkspaceRole.OBSERVER));
        assertThrows(WorkspaceNotFoundException.class, () -> invite(world.outsider, email, WorkspaceRole.OBSERVER),
                "to someone outside, the workspace does not exist");
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> fixtures.representative(world.partnerMembershipOfA,
                world.memberOfAId, WorkspaceRole.VICE_CHAIR));
        assertThrows(AccessDeniedException.class, () -> invite(world.memberOfA, email, WorkspaceRole.VICE_CHAIR),
                "a vice-chair invites, but not chairs");
        assertThrows(AccessDeniedException.class, () -> invite(world.memberOfA, email,
                WorkspaceRole.OFFICER_REPRESENTATIVE), "nor anyone who would appoint or invite in turn");
        invite(world.memberOfA, email, WorkspaceRole.OBSERVER);
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> invite(world.chairOfA, email, WorkspaceRole.OBSERVER));
        assertTrue(twice.messagesByField().get("email").contains("resend that invitation instead"));
    }

    @Test
    void anotherWorkspacesInvitationIsNoneOfTheirs() {
        Invitation invitation = invite(world.chairOfA, "ivy." + world.tag + "@example.org", WorkspaceRole.OBSERVER);
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> invitations.withdraw(invitation.getId())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> invitations.resend(invitation.getId())));
        assertEquals(0, as.inWorkspace(world.chairOfB, world.partnershipB, () -> invitations.openInWorkspace()).size());
        assertEquals(1, as.inWorkspace(world.chairOfA, world.partnershipA, () -> invitations.openInWorkspace()).size());
    }

    @Test
    void anInvitationLapsesWhenItsInvitersRightEnds() {
        String email = "ivy." + world.tag + "@example.org";
        Invitation invitation = invite(world.chairOfA, email, WorkspaceRole.MEMBER_REPRESENTATIVE);
        String token = tokenOf(invitation);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.update(
                "update Representative r set r.termEnd = ?1 where r.id = ?2", LocalDate.now().minusDays(1),
                world.chairOfARepresentative));
        InvalidInputException lapsed = assertThrows(InvalidInputException.class,
                () -> acceptance.acceptWithNewAccount(token, "Ivy Invitee", PASSWORD, PASSWORD));
        assertTrue(lapsed.messagesByField().get("token").contains("no longer appoints"), lapsed.getMessage());
        assertEquals(0, fixtures.count("select count(a) from Account a where a.email = '" + email + "'"),
                "nothing was made");
    }

    @Test
    void anAdministratorsInvitationIsCheckedFieldByFieldAndGivesItsRolesOnAccepting() {
        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> as.user(world.admin,
                () -> invitations.inviteToPortal(world.cmt, "Copy", world.partner, Set.of())));
        assertEquals("Another account already uses this e-mail address.", duplicate.messagesByField().get("email"));
        assertThrows(AccessDeniedException.class, () -> as.user(world.strategy,
                () -> invitations.inviteToPortal("new." + world.tag + "@example.org", "New", world.partner,
                        Set.of())));
        String email = "scrutineer." + world.tag + "@example.org";
        Invitation invitation = as.user(world.admin, () -> invitations.inviteToPortal(email, "Sam Scrutineer",
                world.council, Set.of(CouncilRole.SCRUTINY)));
        acceptance.acceptWithNewAccount(tokenOf(invitation), "Sam Scrutineer", PASSWORD, PASSWORD);
        assertEquals(1, fixtures.count("select count(a) from Account a join a.councilRoles r where a.email = '" + email
                + "' and r = org.consortia.identity.CouncilRole.SCRUTINY"));
        assertTrue(fixtures.passwordHashOf(email).startsWith("PBKDF2WithHmacSHA256:600000:"));
    }
}
