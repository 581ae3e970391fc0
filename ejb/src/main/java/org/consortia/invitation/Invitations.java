package org.consortia.invitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.PermissionMatrix;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Organisation;
import org.consortia.membership.AppointmentRules;
import org.consortia.membership.Membership;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.text.SecretTokens;
import org.consortia.validation.InputValidator;

/**
 * Inviting people by e-mail. A workspace's chair, vice-chair and officer representative, and the Head
 * of Strategy & Partnerships, invite a person to represent one of its member
 * organisations in a role, under the rules of appointments; administrators invite anyone to the
 * portal for any organisation. Each invitation's e-mail carries a link of its own that works for 7
 * days; resending makes a new one and ends the old; an invitation can be withdrawn until accepted.
 */
@Stateless
public class Invitations {

    /** An invitation as a list shows it. */
    public record Listed(long id, String name, String email, String organisation, String role, String invitedBy,
            Invitation.State state, Instant linkUntil) implements Serializable {

        static Listed of(Invitation invitation, Instant now) {
            return new Listed(invitation.getId(), invitation.getName(), invitation.getEmail(),
                    invitation.getOrganisation().getName(), invitation.getWorkspaceRole().label(),
                    invitation.getInvitedBy().getName(), invitation.stateAt(now), invitation.getExpiresAt());
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    InputValidator validator;

    @Inject
    InvitationMail mail;

    /**
     * Invites a person, by address, to represent a current member organisation of this workspace in
     * a role for a term of office. Refused: the caller's own address, a chair or vice-chair by anyone
     * but a chair or the Head of Strategy & Partnerships, a role that appoints or invites by anyone who
     * does not manage the membership, and an address with an invitation here still open.
     */
    public Invitation inviteToWorkspace(String email, String name, long membershipId, WorkspaceRole role,
            LocalDate termStart, LocalDate termEnd) {
        WorkspaceContext workspace = access.require(Action.INVITE_TO_WORKSPACE);
        Caller caller = callers.current();
        Invitee invitee = checked(email, name);
        if (invitee.email().equals(caller.email())) {
            throw new AccessDeniedException("You cannot invite yourself. Ask a chair or the Head of Strategy"
                    + " & Partnerships.");
        }
        if (role == null) {
            throw InvalidInputException.of("role", "Choose the role.");
        }
        AppointmentRules.requireChairAppointer(workspace, role);
        requireAppointerOfInviters(workspace, role);
        Membership membership = WorkspaceRecords.find(entityManager, Membership.class, membershipId)
                .filter(Membership::isCurrent)
                .orElseThrow(() -> InvalidInputException.of("membership", "Choose a current member organisation."));
        checkTerm(termStart, termEnd);
        // An address whose account works for another organisation is refused when it accepts, not
        // here: the inviter is not told which addresses have accounts.
        Organisation organisation = membership.getOrganisation();
        // One invitation at a time per workspace, so that two managers cannot invite the same address twice at once.
        entityManager.find(Partnership.class, workspace.partnershipId(), LockModeType.PESSIMISTIC_WRITE);
        boolean open = entityManager.createNamedQuery("Invitation.findOpenOfWorkspace", Invitation.class)
                .setParameter("partnership", workspace.partnershipId()).getResultList().stream()
                .anyMatch(other -> other.getEmail().equals(invitee.email())
                        && other.stateAt(Instant.now()) == Invitation.State.PENDING);
        if (open) {
            throw InvalidInputException.of("email", invitee.email() + " has been invited here already: resend that"
                    + " invitation instead.");
        }
        Invitation invitation = Invitation.toWorkspace(invitee.email(), invitee.name(), organisation,
                workspace.partnershipId(), membership.getId(), role, termStart, termEnd, workspace.appointingCapacity(),
                entityManager.getReference(Account.class, caller.accountId()), Instant.now());
        return send(invitation, workspace.name());
    }

    /** This workspace's invitations not yet accepted or withdrawn, newest first, with whether each has expired. */
    public List<Listed> openInWorkspace() {
        WorkspaceContext workspace = access.require(Action.INVITE_TO_WORKSPACE);
        Instant now = Instant.now();
        return entityManager.createNamedQuery("Invitation.findOpenOfWorkspace", Invitation.class)
                .setParameter("partnership", workspace.partnershipId()).getResultList().stream()
                .map(invitation -> Listed.of(invitation, now))
                .toList();
    }

    /** Sends an open invitation of this workspace again, with a new link for 7 more days; the old link ends. */
    public void resend(long invitationId) {
        WorkspaceContext workspace = access.require(Action.INVITE_TO_WORKSPACE);
        Invitation invitation = openOfWorkspace(invitationId, workspace);
        AppointmentRules.requireChairAppointer(workspace, invitation.getWorkspaceRole());
        send(invitation, workspace.name());
    }

    /** Withdraws an open invitation of this workspace: its link stops working. */
    public void withdraw(long invitationId) {
        WorkspaceContext workspace = access.require(Action.INVITE_TO_WORKSPACE);
        Invitation invitation = openOfWorkspace(invitationId, workspace);
        AppointmentRules.requireChairAppointer(workspace, invitation.getWorkspaceRole());
        invitation.withdraw(Instant.now());
    }

    /**
     * Invites a person to the portal for an organisation with council-wide roles; administrators
     * only, and only an address no account has.
     */
    public Invitation inviteToPortal(String email, String name, long organisationId, Set<CouncilRole> roles) {
        Caller caller = callers.require(Action.MANAGE_ACCOUNTS);
        Invitee invitee = checked(email, name);
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isEnabled()) {
            throw InvalidInputException.of("organisation", "Choose the organisation the person works for.");
        }
        if (accountOf(invitee.email()).isPresent()) {
            throw InvalidInputException.of("email", "Another account already uses this e-mail address.");
        }
        Invitation invitation = Invitation.toPortal(invitee.email(), invitee.name(), organisation, roles,
                entityManager.getReference(Account.class, caller.accountId()), Instant.now());
        return send(invitation, null);
    }

    /**
     * Someone who may invite but not manage the membership (a vice-chair) invites only to roles that
     * bring no right to appoint or invite: otherwise they could give such a right to a second address
     * of their own.
     */
    private static void requireAppointerOfInviters(WorkspaceContext workspace, WorkspaceRole role) {
        if (PermissionMatrix.allows(role, Action.INVITE_TO_WORKSPACE) && !workspace.may(Action.MANAGE_MEMBERSHIP)) {
            throw new AccessDeniedException("Only a chair, the officer representative or the Head of Strategy &"
                    + " Partnerships invites someone to a role that appoints or invites.");
        }
    }

    private Invitation send(Invitation invitation, String partnershipName) {
        String token = SecretTokens.next();
        invitation.newLink(SecretTokens.hash(token), Instant.now());
        if (invitation.getId() == null) {
            entityManager.persist(invitation);
        }
        entityManager.flush();
        mail.send(invitation, token, partnershipName);
        return invitation;
    }

    private Invitation openOfWorkspace(long invitationId, WorkspaceContext workspace) {
        Invitation invitation = entityManager.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        // Another workspace's invitation is as good as none.
        if (invitation == null || !Long.valueOf(workspace.partnershipId()).equals(invitation.getPartnershipId())) {
            throw new RecordNotFoundException("No such invitation in this workspace.");
        }
        Invitation.State state = invitation.stateAt(Instant.now());
        if (state == Invitation.State.ACCEPTED || state == Invitation.State.WITHDRAWN) {
            throw InvalidInputException.of("invitation", "This invitation has been " + state.label().toLowerCase()
                    + " already.");
        }
        return invitation;
    }

    private Invitee checked(String email, String name) {
        Invitee invitee = new Invitee(Account.normaliseEmail(email), name == null ? null : name.strip());
        validator.check(invitee);
        return invitee;
    }

    private static void checkTerm(LocalDate termStart, LocalDate termEnd) {
        if (termStart == null) {
            throw InvalidInputException.of("termStart", "Enter the date the term of office starts.");
        }
        if (termEnd != null && termEnd.isBefore(termStart)) {
            throw InvalidInputException.of("termEnd", "The term cannot end before it starts.");
        }
    }

    private Optional<Account> accountOf(String email) {
        return entityManager.createQuery("select a from Account a join fetch a.organisation where a.email = :email",
                        Account.class)
                .setParameter("email", email).getResultStream().findFirst();
    }
}
