package org.consortia.invitation;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.PermissionMatrix;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.NewPasswords;
import org.consortia.membership.AppointmentRules;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.SecretTokens;
import org.consortia.validation.InputValidator;

/**
 * Accepting an invitation by its link, once, within its 7 days: someone without an account sets their
 * name and password, and the account is made for the invitation's address and organisation (with the
 * roles an administrator gave); someone with an account signs in as it and accepts. A workspace
 * invitation then appoints them, as the inviter would have, provided the inviter still appoints
 * there. The link works for its own address only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationAcceptance {

    /** What a link that does not work says, whatever the reason. */
    public static final String LINK_NOT_WORKING = "This invitation no longer works: it has been accepted, withdrawn or"
            + " sent again with a new link, or its 7 days have passed. Ask whoever invited you to send it again.";

    /** An invitation as its link shows it. */
    public record Opened(String email, String name, String organisation, String invitedBy, String partnership,
            WorkspaceRole role, LocalDate termStart, LocalDate termEnd, boolean hasAccount) implements Serializable {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    NewPasswords newPasswords;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext context;

    /** The invitation the link opens while it works. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Opened> open(String token) {
        return working(token, false).map(invitation -> new Opened(invitation.getEmail(), invitation.getName(),
                invitation.getOrganisation().getName(), invitation.getInvitedBy().getName(),
                invitation.isToWorkspace() ? entityManager.find(Partnership.class, invitation.getPartnershipId()).getName()
                        : null,
                invitation.getWorkspaceRole(), invitation.getTermStart(), invitation.getTermEnd(),
                accountOf(invitation.getEmail()).isPresent()));
    }

    /**
     * Makes the invitee's account with the name and password they chose, and appoints them where
     * invited; refused when the address has an account already (they sign in and accept instead).
     */
    public void acceptWithNewAccount(String token, String name, String password, String confirmation) {
        Opened opened = context.getBusinessObject(InvitationAcceptance.class).open(token)
                .orElseThrow(() -> InvalidInputException.of("token", LINK_NOT_WORKING));
        if (opened.hasAccount()) {
            throw InvalidInputException.of("token", "An account already uses " + opened.email() + ": sign in as it to"
                    + " accept.");
        }
        validator.check(new Invitee(opened.email(), name == null ? null : name.strip()));
        String hash = newPasswords.hash(password, confirmation, "password", "confirmation");
        InvitationAcceptance self = context.getBusinessObject(InvitationAcceptance.class);
        CurrentWorkspace.runIn(self.workspaceOf(token), () -> self.acceptWithAccountMade(token, name.strip(), hash));
    }

    /** Accepts for the signed-in caller, whose address the invitation must be for. */
    public void acceptAsCaller(String token) {
        Caller caller = callers.current();
        Opened opened = context.getBusinessObject(InvitationAcceptance.class).open(token)
                .orElseThrow(() -> InvalidInputException.of("token", LINK_NOT_WORKING));
        if (!opened.email().equals(caller.email())) {
            throw new AccessDeniedException("This invitation is for " + opened.email() + ", and you are signed in as "
                    + caller.email() + ". Sign in as " + opened.email() + " to accept it.");
        }
        InvitationAcceptance self = context.getBusinessObject(InvitationAcceptance.class);
        CurrentWorkspace.runIn(self.workspaceOf(token), () -> self.acceptForCaller(token));
    }

    /** The workspace the invitation is to, or none; it is entered before the acceptance's own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long workspaceOf(String token) {
        return working(token, false).map(Invitation::getPartnershipId).orElse(CurrentWorkspace.NONE);
    }

    /**
     * Makes the account of a person without one, with the name and the hash of the password they chose,
     * uses the invitation up and appoints them; for {@link #acceptWithNewAccount} only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void acceptWithAccountMade(String token, String name, String passwordHash) {
        Invitation invitation = lockedWorking(token);
        if (accountOf(invitation.getEmail()).isPresent()) {
            throw InvalidInputException.of("token", "An account already uses " + invitation.getEmail() + ": sign in as"
                    + " it to accept.");
        }
        Account account = new Account(name, invitation.getEmail(), invitation.getOrganisation());
        account.setPasswordHash(passwordHash);
        account.setCouncilRoles(invitation.getCouncilRoles());
        validator.check(account);
        entityManager.persist(account);
        entityManager.flush();
        accepted(invitation, account);
    }

    /** Uses the invitation up for the signed-in caller, whose address it is for; for {@link #acceptAsCaller} only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void acceptForCaller(String token) {
        Caller caller = callers.current();
        Invitation invitation = lockedWorking(token);
        if (!invitation.getEmail().equals(caller.email())) {
            throw new AccessDeniedException("This invitation is for another address.");
        }
        accepted(invitation, entityManager.find(Account.class, caller.accountId()));
    }

    private Invitation lockedWorking(String token) {
        return working(token, true).orElseThrow(() -> InvalidInputException.of("token", LINK_NOT_WORKING));
    }

    private void accepted(Invitation invitation, Account account) {
        if (invitation.isToWorkspace()) {
            appoint(invitation, account, Instant.now());
        }
        invitation.accepted(account, Instant.now());
    }

    private void appoint(Invitation invitation, Account account, Instant now) {
        Membership membership = entityManager.find(Membership.class, invitation.getMembershipId());
        if (membership == null || !membership.isCurrent()) {
            throw InvalidInputException.of("token", "The organisation you were invited to represent is no longer a"
                    + " member of the partnership, so the invitation has lapsed.");
        }
        if (!account.getOrganisation().equals(membership.getOrganisation())) {
            throw InvalidInputException.of("token", "You work for another organisation than the one you were invited"
                    + " to represent, so you cannot accept this invitation.");
        }
        if (!inviterStillAppoints(invitation)) {
            throw InvalidInputException.of("token", "The person who invited you no longer appoints in this partnership,"
                    + " so the invitation has lapsed. Ask the partnership's chair to invite you again.");
        }
        Representative representative = new Representative(membership, account, invitation.getWorkspaceRole(),
                invitation.getTermStart(), invitation.getTermEnd());
        representative.appointedBy(invitation.getInvitedBy(), invitation.getAppointingCapacity(), now);
        validator.check(representative);
        entityManager.persist(representative);
    }

    /** A right ends with its term: the inviter must still appoint here, for a chair's role as a chair would. */
    private boolean inviterStillAppoints(Invitation invitation) {
        Account inviter = invitation.getInvitedBy();
        if (!inviter.isEnabled()) {
            return false;
        }
        Set<WorkspaceRole> roles = Set.copyOf(entityManager.createQuery("select r.role from Representative r"
                        + " where r.account = :account and " + Representative.IN_OFFICE_ON_DAY, WorkspaceRole.class)
                .setParameter("account", inviter)
                .setParameter("day", LocalDate.now())
                .getResultList());
        WorkspaceRole role = invitation.getWorkspaceRole();
        Action needed = AppointmentRules.isChairRole(role) ? Action.APPOINT_CHAIRS
                : PermissionMatrix.allows(role, Action.INVITE_TO_WORKSPACE) ? Action.MANAGE_MEMBERSHIP
                : Action.INVITE_TO_WORKSPACE;
        return PermissionMatrix.allowsAny(roles, needed)
                || PermissionMatrix.allowsAny(inviter.getCouncilRoles(), Action.APPOINT_FOR_COUNCIL);
    }

    private Optional<Invitation> working(String token, boolean lock) {
        String hash = SecretTokens.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        Optional<Invitation> found = entityManager.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                .setParameter("hash", hash).getResultStream().findFirst();
        if (lock) {
            found.ifPresent(invitation -> entityManager.lock(invitation, LockModeType.PESSIMISTIC_WRITE));
            found.ifPresent(entityManager::refresh);
        }
        return found.filter(invitation -> invitation.stateAt(Instant.now()) == Invitation.State.PENDING);
    }

    private Optional<Account> accountOf(String email) {
        return entityManager.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email).getResultStream().findFirst();
    }
}
