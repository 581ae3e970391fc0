package org.consortia.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.listing.Conditions;
import org.consortia.listing.ListQuery;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.listing.Sorting;
import org.consortia.validation.InputValidator;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;

/**
 * User accounts: administered by administrators, who invite people rather than type their passwords
 * (see {@code Invitations}); every user changes their own password.
 */
@Stateless
public class AccountService {

    private static final Sorting SORTING = new Sorting(Map.of("name", "lower(a.name)", "email", "lower(a.email)",
            "enabled", "a.enabled"), "name", "a.id");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OptimisticSave saves;

    @Inject
    CallerLookup callers;

    @Inject
    InputValidator validator;

    @Inject
    NewPasswords newPasswords;

    @Inject
    PasswordConfirmation passwordConfirmation;

    @Inject
    PasswordResetMail resetMail;

    @Inject
    Event<EndSessions> endSessions;

    @Inject
    Event<AccountMoved> moves;

    @Resource
    SessionContext context;

    /** A page of accounts whose name or e-mail contains the search text; administrators only. */
    public Page<Account> search(String text, PageRequest page) {
        callers.require(Action.MANAGE_ACCOUNTS);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        Conditions matching = new Conditions().add("(lower(a.name) like :pattern or a.email like :pattern)", "pattern",
                pattern);
        return ListQuery.page(entityManager, Account.class, "select a from Account a join fetch a.organisation",
                "select count(a) from Account a", matching, SORTING, page);
    }

    /** One account with its organisation and roles; administrators only. */
    public Account find(long id) {
        callers.require(Action.MANAGE_ACCOUNTS);
        Account account = entityManager.find(Account.class, id);
        if (account == null) {
            throw new RecordNotFoundException("No such account.");
        }
        account.getOrganisation().getName();
        account.getCouncilRoles().size();
        return account;
    }

    /**
     * Saves an administrator's changes to name, e-mail, organisation, roles and whether the account
     * is enabled; nobody sets another person's password (see {@link #sendPasswordReset}). Disabling
     * the account ends its open sessions; moving the person to another organisation ends the terms
     * in which they represented the old one.
     */
    public Account update(Account edited, long organisationId, Set<CouncilRole> roles) {
        callers.require(Action.MANAGE_ACCOUNTS);
        Account stored = find(edited.getId());
        saves.requireLoadedVersion(HistoricRecord.ACCOUNT, stored.getId(), stored.getVersion(), edited.getVersion(),
                "this account");
        boolean disabling = stored.isEnabled() && !edited.isEnabled();
        boolean moving = !stored.getOrganisation().getId().equals(organisationId);
        boolean readdressed = !stored.getEmail().equals(Account.normaliseEmail(edited.getEmail()));
        stored.setName(edited.getName());
        stored.setEmail(edited.getEmail());
        stored.setEnabled(edited.isEnabled());
        stored.setOrganisation(organisation(organisationId));
        stored.setCouncilRoles(roles);
        checkAccount(stored);
        saves.write("this account");
        if (readdressed) {
            // A link sent to the old address no longer sets this account's password.
            entityManager.createQuery("update PasswordReset r set r.usedAt = :now where r.account.id = :id"
                            + " and r.usedAt is null")
                    .setParameter("now", Instant.now()).setParameter("id", stored.getId()).executeUpdate();
        }
        if (disabling) {
            endSessions.fire(new EndSessions(stored.getId(), false));
        }
        if (moving) {
            moves.fire(new AccountMoved(stored.getId()));
        }
        return stored;
    }

    /**
     * Sends the person a link to set a new password themselves, as "Forgot your password?" would;
     * administrators only. The link is made and queued a moment later.
     */
    public void sendPasswordReset(long accountId) {
        Account account = find(accountId);
        resetMail.sendLinkIfAccountSoon(account.getEmail());
    }

    /**
     * Changes the caller's own password after checking the current one (and the code of the person's authenticator app, if they use
     * one), which counts towards the
     * sign-in lock-out when wrong. Ends the caller's other sessions; the one in use stays open. The
     * passwords are checked and hashed outside any transaction, so no connection is held meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changeOwnPassword(String currentPassword, String code, String newPassword, String confirmation) {
        Caller caller = callers.current();
        Account account = entityManager.find(Account.class, caller.accountId());
        PasswordProof proof = passwordConfirmation.require(account, currentPassword, code, "currentPassword",
                "Your current password is not right.", "");
        context.getBusinessObject(AccountService.class).storeOwnPassword(proof,
                newPasswords.hash(newPassword, confirmation, "newPassword", "confirmation"));
    }

    /**
     * Stores a new password hash for the caller, who has just confirmed their current password
     * ({@link #changeOwnPassword}); refused without a fresh proof for the caller's own account.
     */
    public void storeOwnPassword(PasswordProof proof, String newHash) {
        Caller caller = callers.current();
        if (proof == null || !proof.confirms(caller.accountId(), Instant.now())) {
            throw new AccessDeniedException("Confirm your current password to change it.");
        }
        entityManager.find(Account.class, caller.accountId()).setPasswordHash(newHash);
        endSessions.fire(new EndSessions(caller.accountId(), true));
    }

    private void checkAccount(Account account) {
        validator.check(account);
        long clashes = entityManager.createNamedQuery("Account.countByEmail", Long.class)
                .setParameter("email", account.getEmail())
                .setParameter("id", account.getId() == null ? -1L : account.getId())
                .getSingleResult();
        if (clashes > 0) {
            throw InvalidInputException.of("email", "Another account already uses this e-mail address.");
        }
    }

    private Organisation organisation(long organisationId) {
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw InvalidInputException.of("organisation", "Choose the organisation the person works for.");
        }
        return organisation;
    }
}
