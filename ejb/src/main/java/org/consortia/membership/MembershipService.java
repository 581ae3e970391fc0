package org.consortia.membership;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.Organisation;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.validation.InputValidator;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;

/**
 * The member organisations of the current workspace and their representatives. Everyone in the
 * workspace reads them; chairs, the officer representative and the Head of Strategy & Partnerships
 * change them. Nobody appoints, promotes or changes the term of themselves, and only a chair or the
 * Head of Strategy & Partnerships appoints a chair or vice-chair. Every change is kept in the
 * history, and nothing is deleted: organisations leave and terms of office end.
 */
@Stateless
public class MembershipService {

    @Inject
    AppointmentNotice appointmentNotice;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    CallerLookup callers;

    @Inject
    Event<MembershipChanged> changes;

    @Inject
    OptimisticSave saves;

    /** Member organisations, current first. */
    public List<Membership> memberships() {
        access.require(Action.VIEW_WORKSPACE);
        return entityManager.createNamedQuery("Membership.findAll", Membership.class).getResultList();
    }

    /** Every representative with their organisation, role and term. */
    public List<Representative> representatives() {
        access.require(Action.VIEW_WORKSPACE);
        return representatives.all();
    }

    /** Enabled organisations that are not current members, for the "add a member" form; managers only. */
    public List<Organisation> organisationsThatMayJoin() {
        access.require(Action.MANAGE_MEMBERSHIP);
        return entityManager.createQuery("select o from Organisation o where o.enabled = true and not exists"
                + " (select m from Membership m where m.organisation = o and m.leftOn is null)"
                + " order by lower(o.name)", Organisation.class).getResultList();
    }

    /**
     * Enabled people of one current member organisation, who may be appointed to represent it;
     * none for an organisation that is not a current member. Managers only.
     */
    public List<Account> appointablePeople(long membershipId) {
        access.require(Action.MANAGE_MEMBERSHIP);
        return entityManager.createQuery("select a from Account a join fetch a.organisation o where a.enabled = true"
                        + " and exists (select m from Membership m where m.id = :membership and m.organisation = o"
                        + " and m.leftOn is null) order by lower(a.name)", Account.class)
                .setParameter("membership", membershipId)
                .getResultList();
    }

    /**
     * Adds an organisation as a member from the given date; refuses one that is already a member,
     * even when two people add it at the same moment.
     */
    public Membership addMember(long organisationId, LocalDate joinedOn) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEMBERSHIP);
        // One addition at a time per workspace, so the check below cannot be passed twice at once.
        entityManager.find(Partnership.class, workspace.partnershipId(), LockModeType.PESSIMISTIC_WRITE);
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isEnabled()) {
            throw InvalidInputException.of("organisation", "Choose the member organisation.");
        }
        boolean already = !entityManager.createNamedQuery("Membership.findCurrentOfOrganisation", Membership.class)
                .setParameter("organisationId", organisationId)
                .getResultList().isEmpty();
        if (already) {
            throw InvalidInputException.of("organisation", organisation.getName() + " is already a member.");
        }
        Membership membership = new Membership(organisation, joinedOn);
        validator.check(membership);
        entityManager.persist(membership);
        entityManager.flush();
        changes.fire(new MembershipChanged(organisationId, true));
        return membership;
    }

    /**
     * Ends an organisation's membership and the terms of all its representatives on that date,
     * under the rules for ending each term: not the caller's own, and a chair's or vice-chair's only
     * by a chair or the Head of Strategy & Partnerships.
     */
    public void endMembership(long membershipId, long expectedVersion, LocalDate leftOn) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEMBERSHIP);
        Membership membership = membership(membershipId);
        Caller caller = callers.current();
        // Ending a membership ends its representatives' terms: the same rules as ending each term.
        for (Representative representative : entityManager.createQuery("select r from Representative r"
                        + " where r.membership = :membership and r.endedAt is null", Representative.class)
                .setParameter("membership", membership)
                .getResultList()) {
            AppointmentRules.refuseSelf(caller, representative.getAccount().getId(), "end the term of");
            AppointmentRules.requireChairAppointer(workspace, representative.getRole());
        }
        saves.requireLoadedVersion(HistoricRecord.MEMBERSHIP, membership.getId(), membership.getVersion(),
                expectedVersion, "this membership");
        if (leftOn == null) {
            throw InvalidInputException.of("leftOn", "Enter the date the organisation left.");
        }
        membership.leave(leftOn);
        validator.check(membership);
        entityManager.createQuery("select r from Representative r where r.membership = :membership"
                        + " and (r.termEnd is null or r.termEnd > :day)", Representative.class)
                .setParameter("membership", membership)
                .setParameter("day", leftOn)
                .getResultList()
                .forEach(representative -> representative.endTerm(leftOn, Instant.now(), ZoneId.systemDefault()));
        saves.write("this membership");
        changes.fire(new MembershipChanged(membership.getOrganisation().getId(), false));
    }

    /**
     * Appoints a person to represent their own organisation, which must be a current member, in a
     * role for a term of office. Records who made the appointment and in which capacity. Refuses an
     * appointment of the caller themselves, and of a chair or vice-chair by anyone but a chair or
     * the Head of Strategy & Partnerships.
     */
    public Representative appoint(long membershipId, long accountId, WorkspaceRole role, LocalDate termStart,
            LocalDate termEnd) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEMBERSHIP);
        Membership membership = membership(membershipId);
        Caller caller = callers.current();
        AppointmentRules.refuseSelf(caller, accountId, "appoint");
        AppointmentRules.requireChairAppointer(workspace, role);
        if (!membership.isCurrent()) {
            throw InvalidInputException.of("membership", "This organisation is no longer a member.");
        }
        Account account = entityManager.find(Account.class, accountId);
        if (account == null || !account.isEnabled()) {
            throw InvalidInputException.of("account", "Choose the person.");
        }
        if (!account.getOrganisation().equals(membership.getOrganisation())) {
            throw InvalidInputException.of("account", "Choose a person who works for "
                    + membership.getOrganisation().getName() + ": a representative speaks for their own organisation.");
        }
        Representative representative = new Representative(membership, account, role, termStart, termEnd);
        representative.appointedBy(entityManager.getReference(Account.class, caller.accountId()),
                workspace.appointingCapacity(), Instant.now());
        validator.check(representative);
        entityManager.persist(representative);
        appointmentNotice.appointed(representative, workspace,
                caller.name() + " (" + workspace.appointingCapacity() + ")");
        return representative;
    }

    /**
     * Changes a representative's role or term of office, under the same rules as an appointment:
     * not one's own, and a chair's or vice-chair's only by a chair or the Head of Strategy &
     * Partnerships.
     */
    public Representative changeAppointment(long representativeId, long expectedVersion, WorkspaceRole role,
            LocalDate termStart, LocalDate termEnd) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEMBERSHIP);
        Representative representative = representative(representativeId);
        AppointmentRules.refuseSelf(callers.current(), representative.getAccount().getId(), "change the term of");
        AppointmentRules.requireChairAppointer(workspace, role);
        AppointmentRules.requireChairAppointer(workspace, representative.getRole());
        saves.requireLoadedVersion(HistoricRecord.REPRESENTATIVE, representative.getId(), representative.getVersion(),
                expectedVersion, "this appointment");
        representative.changeTerm(role, termStart, termEnd);
        validator.check(representative);
        saves.write("this appointment");
        return representative;
    }

    /**
     * Ends a representative's term of office on the given date (today when none is given); ending
     * it today takes the rights away at once. Not one's own term, and a chair's or vice-chair's
     * only by a chair or the Head of Strategy & Partnerships.
     */
    public void endAppointment(long representativeId, long expectedVersion, LocalDate on) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEMBERSHIP);
        Representative representative = representative(representativeId);
        AppointmentRules.refuseSelf(callers.current(), representative.getAccount().getId(), "end the term of");
        AppointmentRules.requireChairAppointer(workspace, representative.getRole());
        saves.requireLoadedVersion(HistoricRecord.REPRESENTATIVE, representative.getId(), representative.getVersion(),
                expectedVersion, "this appointment");
        representative.endTerm(on == null ? LocalDate.now() : on, Instant.now(), ZoneId.systemDefault());
        saves.write("this appointment");
    }

    /**
     * Requires (or no longer requires) every member of the workspace to sign in with a second factor
     * before they enter it; the chair's decision, kept in the partnership's history. A chair who uses
     * none themselves is refused, so that nobody locks themselves out.
     */
    public void requireSecondFactor(boolean required, long expectedVersion) {
        WorkspaceContext workspace = access.require(Action.REQUIRE_SECOND_FACTOR);
        if (required && !callers.current().secondFactor()) {
            throw InvalidInputException.of("secondFactorRequired", "Set up your own second factor first, on your"
                    + " account's Second factor page: once it is required, nobody enters without one.");
        }
        Partnership partnership = entityManager.find(Partnership.class, workspace.partnershipId());
        saves.requireLoadedVersion(HistoricRecord.PARTNERSHIP, partnership.getId(), partnership.getVersion(),
                expectedVersion, "this partnership");
        partnership.setSecondFactorRequired(required);
        saves.write("this partnership");
    }

    /** Whether the workspace requires a second factor, and the version of the partnership to change it from. */
    public SecondFactorRule secondFactorRule() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Partnership partnership = entityManager.find(Partnership.class, workspace.partnershipId());
        return new SecondFactorRule(partnership.isSecondFactorRequired(), partnership.getVersion());
    }

    /**
     * The representatives in office of one member organisation who may be named to sign for it:
     * any role but observer, who only watches. Managers only.
     */
    public List<Representative> signatoryCandidates(long membershipId) {
        access.require(Action.MANAGE_MEMBERSHIP);
        return entityManager.createQuery("select r from Representative r join fetch r.account a"
                        + " where r.membership.id = :membership and r.role <> :observer and " + Representative.IN_OFFICE_ON_DAY
                        + " order by lower(a.name)", Representative.class)
                .setParameter("membership", membershipId)
                .setParameter("observer", WorkspaceRole.OBSERVER)
                .setParameter("day", LocalDate.now())
                .getResultList();
    }

    /**
     * Names who signs for a member organisation and, optionally, a deputy: representatives of that
     * organisation in office, in any role but observer. Nobody names themselves, since that would
     * grant them the right to sign; someone already named keeps their place when the other is
     * changed.
     */
    public Membership nameSignatories(long membershipId, long expectedVersion, Long signatoryId, Long deputyId) {
        access.require(Action.MANAGE_MEMBERSHIP);
        Membership membership = membership(membershipId);
        if (!membership.isCurrent()) {
            throw InvalidInputException.of("signatory", "This organisation is no longer a member.");
        }
        if (signatoryId == null) {
            throw InvalidInputException.of("signatory", "Choose who signs for " + membership.getOrganisation().getName()
                    + ".");
        }
        List<Representative> candidates = signatoryCandidates(membershipId);
        Representative signatory = candidate(candidates, signatoryId, "signatory", membership);
        Representative deputy = deputyId == null ? null : candidate(candidates, deputyId, "deputy", membership);
        if (deputy != null && deputy.getAccount().equals(signatory.getAccount())) {
            throw InvalidInputException.of("deputy", "Choose a deputy other than the signatory, or no deputy.");
        }
        long caller = callers.current().accountId();
        if (newlyNamed(caller, signatory, membership.getSignatory()) || newlyNamed(caller, deputy,
                membership.getDeputySignatory())) {
            throw new AccessDeniedException("You cannot name yourself to sign for " + membership.getOrganisation()
                    .getName() + ". Ask a chair, the officer representative or the Head of Strategy & Partnerships.");
        }
        saves.requireLoadedVersion(HistoricRecord.MEMBERSHIP, membership.getId(), membership.getVersion(),
                expectedVersion, "this membership");
        membership.nameSignatories(signatory, deputy);
        saves.write("this membership");
        return membership;
    }

    private static Representative candidate(List<Representative> candidates, long id, String field,
            Membership membership) {
        return candidates.stream().filter(candidate -> candidate.getId() == id).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "Choose one of the representatives of "
                        + membership.getOrganisation().getName() + " in office, in any role but observer."));
    }

    /** Whether the caller would be given a place to sign that they do not already hold. */
    private static boolean newlyNamed(long caller, Representative named, Representative before) {
        return named != null && named.getAccount().getId() == caller
                && (before == null || before.getAccount().getId() != caller);
    }

    private Membership membership(long id) {
        return WorkspaceRecords.find(entityManager, Membership.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such membership in this workspace."));
    }

    private Representative representative(long id) {
        return WorkspaceRecords.find(entityManager, Representative.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such representative in this workspace."));
    }
}
