package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.SecondFactorRequiredException;
import org.consortia.access.TransactionMemo;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.hibernate.Session;

/**
 * The gate of every workspace: who the caller is in the current workspace, and whether they may
 * take an action there. Someone with no role and no oversight right is told the workspace does not
 * exist, exactly as for an address that matches nothing.
 */
@Stateless
public class WorkspaceAccess {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    OversightLog oversightLog;

    @Inject
    RecordedVisits recordedVisits;

    @Inject
    TransactionMemo memo;

    /** Where a transaction keeps what the caller is in a workspace. */
    private record ContextOfCaller(long accountId, long workspace) {
    }

    /** The current workspace as the caller may see it; a non-member gets "not found". */
    public WorkspaceContext enter() {
        return require(Action.VIEW_WORKSPACE);
    }

    /**
     * The current workspace for a change the caller makes as a participant rather than under a role's
     * right (answering a poll, closing an action they own): refused to anyone who only reads here, an
     * oversight visitor or, once the Council's involvement has ended, the council's people.
     */
    public WorkspaceContext requireParticipant() {
        WorkspaceContext context = enter();
        if (context.readOnly()) {
            throw new AccessDeniedException("The Council's involvement in this partnership has ended: its workspace is"
                    + " kept as a record, which the Council's people only read.");
        }
        if (context.oversight()) {
            throw new AccessDeniedException("You visit this workspace to oversee it, and only read here.");
        }
        return context;
    }

    /**
     * Checks that the caller may take the action in the current workspace. Throws
     * {@link WorkspaceNotFoundException} to anyone who may not see the workspace at all, and
     * {@link AccessDeniedException} to someone who may see it but not do this.
     */
    public WorkspaceContext require(Action action) {
        Caller caller = callers.current();
        long workspace = CurrentWorkspace.tenant();
        WorkspaceContext context = memo.computeIfAbsent(new ContextOfCaller(caller.accountId(), workspace),
                () -> contextOf(caller, workspace));
        if (!context.may(action)) {
            throw new AccessDeniedException("Your role in this partnership does not allow that.");
        }
        if (context.oversight() && recordedVisits.firstTime(caller.accountId(), workspace, action.name())) {
            oversightLog.record(caller.accountId(), workspace, action.name());
        }
        return context;
    }

    /**
     * The current workspace as one where the caller holds a role, or empty: for lists of the caller's
     * own workspaces, which never visit a workspace as an overseer (so record no visit) and skip one the
     * caller has just left.
     */
    public Optional<WorkspaceContext> asMember() {
        Caller caller = callers.current();
        long workspace = CurrentWorkspace.tenant();
        try {
            WorkspaceContext context = memo.computeIfAbsent(new ContextOfCaller(caller.accountId(), workspace),
                    () -> contextOf(caller, workspace));
            return context.roles().isEmpty() ? Optional.empty() : Optional.of(context);
        } catch (WorkspaceNotFoundException | SecondFactorRequiredException notAMemberYet) {
            return Optional.empty();
        }
    }

    private WorkspaceContext contextOf(Caller caller, long workspace) {
        requireSessionOf(workspace);
        Partnership partnership = workspace > 0 ? entityManager.find(Partnership.class, workspace) : null;
        if (partnership == null) {
            throw new WorkspaceNotFoundException();
        }
        Set<WorkspaceRole> roles = rolesOf(caller.accountId());
        boolean oversight = roles.isEmpty() && mayOversee(caller, partnership);
        if (roles.isEmpty() && !oversight) {
            throw new WorkspaceNotFoundException();
        }
        if (partnership.isSecondFactorRequired() && !caller.secondFactor()) {
            throw new SecondFactorRequiredException(partnership.getName());
        }
        boolean councilLeft = partnership.getStage() == LifecycleStage.ENDED && isCouncils(caller);
        return new WorkspaceContext(partnership.getId(), partnership.getSlug(), partnership.getName(), roles, oversight,
                caller.may(Action.APPOINT_FOR_COUNCIL) && !councilLeft, councilLeft);
    }

    /**
     * Whether the caller is one of the council's people: someone with a council-wide role, or a
     * colleague of one (of an organisation where someone holds such a role), whoever the partnership's
     * record names.
     */
    private boolean isCouncils(Caller caller) {
        if (!caller.councilRoles().isEmpty()) {
            return true;
        }
        return !entityManager.createQuery("select a.id from Account a join a.councilRoles r"
                        + " where a.organisation.id = :organisation", Long.class)
                .setParameter("organisation", caller.organisationId()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A persistence context keeps the workspace it was opened in for its whole transaction, so a
     * workspace entered within another workspace's transaction would read the first one's rows. That
     * is a programming error, refused here where every workspace service passes.
     */
    private void requireSessionOf(long workspace) {
        Object opened = entityManager.unwrap(Session.class).getTenantIdentifierValue();
        if (!Long.valueOf(workspace).equals(opened)) {
            throw new IllegalStateException("Workspace " + workspace + " was entered inside the transaction of workspace "
                    + opened + "; give it a transaction of its own");
        }
    }

    private Set<WorkspaceRole> rolesOf(long accountId) {
        List<WorkspaceRole> held = entityManager.createNamedQuery("Representative.rolesOfAccountOn", WorkspaceRole.class)
                .setParameter("accountId", accountId)
                .setParameter("day", LocalDate.now())
                .getResultList();
        return held.isEmpty() ? Set.of() : EnumSet.copyOf(held);
    }

    private static boolean mayOversee(Caller caller, Partnership partnership) {
        return caller.may(Action.ENTER_ANY_WORKSPACE)
                || caller.may(Action.ENTER_ACCOUNTABLE_WORKSPACE)
                && partnership.isAccountableHeadOfService(caller.accountId());
    }
}
