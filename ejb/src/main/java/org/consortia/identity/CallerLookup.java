package org.consortia.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.TransactionMemo;
import org.consortia.history.RevisionAuthor;

/**
 * Identifies the account behind the current call. Every service starts here, which also tells
 * the history who is making the change.
 */
@Stateless
public class CallerLookup {

    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    SessionContext sessionContext;

    @Inject
    TransactionMemo memo;

    @Inject
    FoundCallers foundCallers;

    /** Where a transaction keeps who it found behind an account id: the caller, or nobody allowed in. */
    private record CallerOfAccount(long accountId) {
    }

    /**
     * The caller if signed in with an enabled account of an enabled organisation; otherwise empty.
     * The session names the account by its id, so a changed e-mail address never hands one
     * person's session to another account.
     */
    public Optional<Caller> find() {
        Long accountId = accountIdOf(sessionContext.getCallerPrincipal());
        if (accountId == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = memo.computeIfAbsent(new CallerOfAccount(accountId), () -> {
            Optional<Caller> looked = lookUp(accountId);
            looked.ifPresent(this::remember);
            return looked;
        });
        caller.ifPresentOrElse(
                found -> RevisionAuthor.set(new RevisionAuthor.Author(found.accountId(), found.name(),
                        found.organisationId(), found.organisationName())),
                RevisionAuthor::clear);
        return caller;
    }

    private Optional<Caller> lookUp(long accountId) {
        return entityManager.createQuery("select a from Account a join fetch a.organisation"
                        + " left join fetch a.councilRoles where a.id = :id", Account.class)
                .setParameter("id", accountId)
                .getResultStream()
                .filter(account -> account.isEnabled() && account.getOrganisation().isEnabled())
                .findFirst()
                .map(CallerLookup::toCaller);
    }

    private static Long accountIdOf(Principal principal) {
        if (principal == null || ANONYMOUS.equals(principal.getName())) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException notAnAccount) {
            return null;
        }
    }

    /**
     * Carries the caller this request has already found into a transaction of its own, so that it is
     * not looked up again there: only the signed-in account's own, exactly as this request found it;
     * anything else is refused.
     */
    public void carry(Caller found) {
        Long accountId = accountIdOf(sessionContext.getCallerPrincipal());
        if (accountId == null || accountId != found.accountId() || !wasFound(found)) {
            throw new AccessDeniedException("Sign in to continue.");
        }
        memo.computeIfAbsent(new CallerOfAccount(accountId), () -> Optional.of(found));
    }

    private void remember(Caller caller) {
        try {
            foundCallers.add(caller);
        } catch (ContextNotActiveException noRequest) {
            // A timer or a thread of its own has no request to carry a caller through.
        }
    }

    private boolean wasFound(Caller caller) {
        try {
            return foundCallers.contains(caller);
        } catch (ContextNotActiveException noRequest) {
            return false;
        }
    }

    /** The signed-in caller; anyone else is refused. */
    public Caller current() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in to continue."));
    }

    /** The signed-in caller, who must hold a council-wide role that allows the action. */
    public Caller require(Action action) {
        Caller caller = current();
        if (!caller.may(action)) {
            throw new AccessDeniedException("You do not have permission to do that.");
        }
        return caller;
    }

    static Caller toCaller(Account account) {
        EnumSet<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
        roles.addAll(account.getCouncilRoles());
        return new Caller(account.getId(), account.getName(), account.getEmail(), account.getOrganisation().getId(),
                account.getOrganisation().getName(), roles, account.hasSecondFactor());
    }
}
