package org.consortia.partnership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.CouncilRole;
import org.consortia.listing.Conditions;
import org.consortia.listing.ListQuery;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.listing.Sorting;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.validation.InputValidator;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;

/**
 * The council's partnership database (Appendix 7): council roles read it; the Head of Strategy &
 * Partnerships and administrators create and edit records, and a Head of Service edits the
 * partnerships they are accountable for. The public register shows the fields fit for the public.
 */
@Stateless
public class PartnershipService {

    private static final String FROM = " from Partnership p left join p.headOfService h";

    private static final Sorting SORTING = new Sorting(Map.of(
            "name", "lower(p.name)",
            "type", "p.type",
            "stage", "p.stage",
            "startDate", "p.startDate",
            "proposedEndDate", "p.proposedEndDate",
            "headOfService", "lower(h.name)"), "name", "p.id");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OptimisticSave saves;

    @Inject
    CallerLookup callers;

    @Inject
    AllWorkspaces allWorkspaces;

    @Inject
    InputValidator validator;

    @Inject
    WorkspaceAccess access;

    /** A filtered, sorted page of the database; council roles only. Filtering, sorting and paging run in the database. */
    public Page<PartnershipSummary> search(PartnershipFilter filter, PageRequest page) {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return ListQuery.page(entityManager, PartnershipSummary.class, "select new " + PartnershipSummary.class.getName()
                        + "(p.id, p.name, p.slug, p.type, p.stage, p.statutory, p.significant, h.name, p.startDate,"
                        + " p.proposedEndDate)" + FROM, "select count(p)" + FROM, conditionsOf(filter), SORTING, page);
    }

    /**
     * Every record that matches the filter, with all its fields, by name: the download of the
     * database. Council roles only.
     */
    public List<Partnership> export(PartnershipFilter filter) {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        Conditions conditions = conditionsOf(filter);
        List<Long> matching = conditions.bind(entityManager.createQuery("select p.id" + FROM + conditions.where()
                + " order by lower(p.name), p.id", Long.class)).getResultList();
        if (matching.isEmpty()) {
            return List.of();
        }
        List<Partnership> records = entityManager.createQuery("select distinct p from Partnership p"
                        + " left join fetch p.headOfService left join fetch p.officerRepresentative"
                        + " left join fetch p.themes where p.id in :ids", Partnership.class)
                .setParameter("ids", matching)
                .getResultList();
        entityManager.createQuery("select distinct p from Partnership p left join fetch p.councilResources"
                + " where p.id in :ids", Partnership.class).setParameter("ids", matching).getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < matching.size(); i++) {
            position.put(matching.get(i), i);
        }
        return records.stream().sorted(Comparator.comparing(record -> position.get(record.getId()))).toList();
    }

    private static Conditions conditionsOf(PartnershipFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        return new Conditions()
                .add("lower(p.name) like :text", "text", text)
                .add("p.type = :type", "type", filter.type())
                .add("p.stage = :stage", "stage", filter.stage())
                .add("p.statutory = :statutory", "statutory", filter.statutory())
                .add("p.significant = :significant", "significant", filter.significant())
                .add("h.id = :headOfService", "headOfService", filter.headOfServiceId())
                .add(":theme member of p.themes", "theme", filter.theme());
    }

    /** One partnership record with everything the detail page shows; council roles only. */
    public Partnership find(long id) {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return loaded(id);
    }

    /**
     * The record of the partnership whose workspace the caller is in, for its members: the database
     * is there for partners too (section 5 of the framework). Anyone who may see the workspace.
     */
    public Partnership ofCurrentWorkspace() {
        return loaded(access.require(Action.VIEW_WORKSPACE).partnershipId());
    }

    /** Whether the caller may edit this record. */
    public boolean mayEdit(long id) {
        Caller caller = callers.current();
        return caller.may(Action.EDIT_ANY_PARTNERSHIP)
                || caller.may(Action.EDIT_ACCOUNTABLE_PARTNERSHIP) && loaded(id).isAccountableHeadOfService(caller.accountId());
    }

    /** Whether the caller may create partnerships. */
    public boolean mayCreate() {
        return callers.current().may(Action.CREATE_PARTNERSHIP);
    }

    /** Accounts that may be named accountable Head of Service. */
    public List<Account> headsOfService() {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return entityManager.createNamedQuery("Account.findWithRole", Account.class)
                .setParameter("role", CouncilRole.HEAD_OF_SERVICE)
                .getResultList();
    }

    /** Enabled accounts that may be named officer representative; for those who create or edit records. */
    public List<Account> officerCandidates() {
        requireMayEditRecords();
        return entityManager.createQuery("select a from Account a join fetch a.organisation o"
                + " where a.enabled = true and o.enabled = true order by lower(a.name)", Account.class).getResultList();
    }

    /** Refuses anyone who may neither create nor edit partnership records. */
    private void requireMayEditRecords() {
        Caller caller = callers.current();
        if (!caller.may(Action.CREATE_PARTNERSHIP) && !caller.may(Action.EDIT_ANY_PARTNERSHIP)
                && !caller.may(Action.EDIT_ACCOUNTABLE_PARTNERSHIP)) {
            throw new AccessDeniedException("You may not edit partnership records.");
        }
    }

    /**
     * Creates a partnership, and so its workspace. Only the Head of Strategy & Partnerships and
     * administrators may; the address must be unused and every field valid.
     */
    public Partnership create(Partnership partnership, Long headOfServiceId, Long officerRepresentativeId) {
        return create(partnership, headOfServiceId, officerRepresentativeId, null);
    }

    /** As above, as a sub-group of the partnership {@code parentId} (null for none). */
    public Partnership create(Partnership partnership, Long headOfServiceId, Long officerRepresentativeId,
            Long parentId) {
        Caller caller = callers.require(Action.CREATE_PARTNERSHIP);
        if (!caller.may(Action.PUBLISH_ON_REGISTER)) {
            partnership.setPublished(false);
        }
        link(partnership, headOfServiceId, officerRepresentativeId);
        partnership.setParent(parent(partnership, parentId));
        requireStageChosenByEditors(partnership.getStage(), null);
        check(partnership);
        entityManager.persist(partnership);
        entityManager.flush();
        return partnership;
    }

    /**
     * Saves changes to a record: the Head of Strategy & Partnerships, administrators, and the
     * partnership's accountable Head of Service. Refuses an edit of a version that someone else has
     * changed since it was loaded.
     */
    public Partnership update(Partnership edited, Long headOfServiceId, Long officerRepresentativeId) {
        return update(edited, headOfServiceId, officerRepresentativeId, false, null);
    }

    /** As above, and makes it a sub-group of the partnership {@code parentId}, or of none when it is null. */
    public Partnership update(Partnership edited, Long headOfServiceId, Long officerRepresentativeId, Long parentId) {
        return update(edited, headOfServiceId, officerRepresentativeId, true, parentId);
    }

    /** Without {@code changeParent}, the partnership stays a sub-group of whichever it was. */
    private Partnership update(Partnership edited, Long headOfServiceId, Long officerRepresentativeId,
            boolean changeParent, Long parentId) {
        if (edited.getId() == null || !mayEdit(edited.getId())) {
            throw new AccessDeniedException("You may not edit this partnership.");
        }
        Partnership stored = loaded(edited.getId());
        saves.requireLoadedVersion(HistoricRecord.PARTNERSHIP, stored.getId(), stored.getVersion(), edited.getVersion(),
                "this partnership");
        requireStageChosenByEditors(edited.getStage(), stored.getStage());
        if (!callers.current().may(Action.EDIT_ANY_PARTNERSHIP)) {
            requireDeadlinesKept(edited, stored, changeParent && !Objects.equals(parentId,
                    stored.getParent() == null ? null : stored.getParent().getId()));
        }
        copyEditableFields(edited, stored);
        if (callers.current().may(Action.PUBLISH_ON_REGISTER)) {
            stored.setPublished(edited.isPublished());
        }
        link(stored, headOfServiceId, officerRepresentativeId);
        if (changeParent) {
            stored.setParent(parent(stored, parentId));
        }
        check(stored);
        saves.write("this partnership");
        return stored;
    }

    /** Whether the caller may change what a partnership's reporting deadlines follow from (see {@link #update}). */
    public boolean maySetDeadlines() {
        return callers.current().may(Action.EDIT_ANY_PARTNERSHIP);
    }

    /** Whether the caller may list partnerships on the public register. */
    public boolean mayPublish() {
        return callers.current().may(Action.PUBLISH_ON_REGISTER);
    }

    /**
     * The public register: every partnership the Head of Strategy & Partnerships has published, with
     * its public fields, by name. Open to anyone.
     */
    public List<RegisterEntry> register() {
        List<Partnership> partnerships = entityManager.createQuery("select distinct p from Partnership p"
                + " left join fetch p.headOfService left join fetch p.officerRepresentative left join fetch p.themes"
                + " where p.published = true order by p.name", Partnership.class).getResultList();
        Map<Long, List<String>> members = currentMemberNames(null);
        List<RegisterEntry> entries = new ArrayList<>();
        for (Partnership p : partnerships) {
            entries.add(new RegisterEntry(p.getName(), p.getSlug(), p.getType().label(), p.getLegalStatus().label(),
                    p.isStatutory(), p.isSignificant(), p.getStage().label(), p.getPurpose(), p.getGeographicalArea(),
                    p.getThemes().stream().sorted().map(Theme::label).toList(), p.getClientGroups(),
                    p.getAccountableTo(), nameOf(p.getHeadOfService()), nameOf(p.getOfficerRepresentative()),
                    p.getStartDate(), p.getProposedEndDate(), members.getOrDefault(p.getId(), List.of())));
        }
        entries.sort(Comparator.comparing(entry -> entry.name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    /** The current member organisations of one partnership, for its database record; council roles only. */
    public List<String> memberOrganisations(long id) {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return currentMemberNames(id).getOrDefault(id, List.of());
    }

    /**
     * Current member organisations of every partnership (or of one), for the register and the
     * database. Membership rows belong to many workspaces, so this read spans tenants; it reads
     * organisation names only.
     */
    private Map<Long, List<String>> currentMemberNames(Long onlyPartnership) {
        String onePartnership = onlyPartnership == null ? "" : " and m.partnership_id = " + onlyPartnership.longValue();
        List<Object[]> rows = allWorkspaces.readPublicOrOwn("member organisations' names, which are public",
                session -> session.createNativeQuery("select m.partnership_id, o.name from membership m"
                                + " join organisation o on o.id = m.organisation_id where m.left_on is null"
                                + onePartnership + " order by o.name", Object[].class)
                        .getResultList());
        Map<Long, List<String>> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        return names;
    }

    private Partnership loaded(long id) {
        Partnership partnership = entityManager.find(Partnership.class, id);
        if (partnership == null) {
            throw new RecordNotFoundException("No such partnership.");
        }
        partnership.getThemes().size();
        partnership.getCouncilResources().size();
        nameOf(partnership.getHeadOfService());
        nameOf(partnership.getOfficerRepresentative());
        if (partnership.getParent() != null) {
            // The page and the cycle name the partnership it reports through.
            partnership.getParent().getName();
        }
        return partnership;
    }

    private void check(Partnership partnership) {
        validator.check(partnership);
        long clashes = entityManager.createNamedQuery("Partnership.countBySlug", Long.class)
                .setParameter("slug", partnership.getSlug())
                .setParameter("id", partnership.getId() == null ? -1L : partnership.getId())
                .getSingleResult();
        if (clashes > 0) {
            throw InvalidInputException.of("slug", "Another partnership already uses this web address name.");
        }
    }

    /**
     * Refuses a stage only the decision to leave may set, and any change of stage once that decision
     * is recorded: the Leaving page records it, with its reason and the date involvement ends.
     */
    private static void requireStageChosenByEditors(LifecycleStage chosen, LifecycleStage stored) {
        if (chosen == null || chosen == stored) {
            return;
        }
        if (stored != null && stored.followsExitDecision()) {
            throw InvalidInputException.of("stage", "The stage follows the recorded decision to leave the partnership,"
                    + " so it cannot be changed here.");
        }
        if (chosen.followsExitDecision()) {
            throw InvalidInputException.of("stage", "A partnership becomes \"" + chosen.label() + "\" only when the"
                    + " decision to leave it is recorded on its Leaving page. Choose forming or performing.");
        }
    }

    /**
     * Refuses an accountable Head of Service's change to what the council's deadlines for the
     * partnership follow from: its stage, the day the Council entered it, how often it reports, and
     * the partnership it reports through. Nobody moves their own deadlines.
     */
    private static void requireDeadlinesKept(Partnership edited, Partnership stored, boolean parentChanged) {
        Map<String, String> problems = new LinkedHashMap<>();
        String why = " is set by the Head of Strategy & Partnerships (or by the approval of the business case): the"
                + " deadlines of its reports and reviews follow from it.";
        if (edited.getStage() != stored.getStage()) {
            problems.put("stage", "The lifecycle stage" + why);
        }
        if (!Objects.equals(edited.getCouncilEnteredOn(), stored.getCouncilEnteredOn())) {
            problems.put("councilEnteredOn", "The date the Council entered the partnership" + why);
        }
        if (edited.getReportingFrequency() != stored.getReportingFrequency()) {
            problems.put("reportingFrequency", "How often the partnership reports" + why);
        }
        if (parentChanged) {
            problems.put("parent", "The partnership it reports through" + why);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void link(Partnership partnership, Long headOfServiceId, Long officerRepresentativeId) {
        partnership.setHeadOfService(account(headOfServiceId, "headOfService", CouncilRole.HEAD_OF_SERVICE));
        partnership.setOfficerRepresentative(account(officerRepresentativeId, "officerRepresentative", null));
    }

    /**
     * The partnership a record is to be a sub-group of: one that is no sub-group itself, and never the
     * record itself nor one of a record that has sub-groups of its own (sub-groups go one level deep).
     */
    private Partnership parent(Partnership partnership, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Partnership parent = entityManager.find(Partnership.class, parentId);
        if (parent == null) {
            throw InvalidInputException.of("parent", "Choose a partnership from the list.");
        }
        if (parentId.equals(partnership.getId())) {
            throw InvalidInputException.of("parent", "A partnership cannot be a sub-group of itself.");
        }
        if (parent.getParent() != null) {
            throw InvalidInputException.of("parent", "Choose a partnership that is not itself a sub-group: a sub-group"
                    + " reports through the partnership it belongs to.");
        }
        if (partnership.getId() != null && !subGroupsOf(partnership.getId()).isEmpty()) {
            throw InvalidInputException.of("parent", "This partnership has sub-groups of its own, so it cannot be a"
                    + " sub-group.");
        }
        return parent;
    }

    /** The names of the partnership's sub-groups, by name. */
    public List<String> subGroupsOf(long partnershipId) {
        callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return entityManager.createQuery("select p.name from Partnership p where p.parent.id = :id order by lower(p.name)",
                String.class).setParameter("id", partnershipId).getResultList();
    }

    /**
     * The partnerships a record may be made a sub-group of (every partnership that is no sub-group
     * itself, but the record), by name; for those who create or edit records.
     */
    public List<PartnershipName> parentCandidates(Long editedId) {
        requireMayEditRecords();
        return entityManager.createQuery("select new org.consortia.partnership.PartnershipName(p.id, p.name)"
                        + " from Partnership p where p.parent is null and p.id <> :edited order by lower(p.name)",
                PartnershipName.class).setParameter("edited", editedId == null ? -1L : editedId).getResultList();
    }

    private Account account(Long id, String field, CouncilRole requiredRole) {
        if (id == null) {
            return null;
        }
        Account account = entityManager.find(Account.class, id);
        if (account == null || !account.isEnabled() || requiredRole != null && !account.hasRole(requiredRole)) {
            throw InvalidInputException.of(field, requiredRole == null
                    ? "Choose a person with an enabled account." : "Choose a Head of Service.");
        }
        return account;
    }

    private static void copyEditableFields(Partnership from, Partnership to) {
        to.setName(from.getName());
        to.setSlug(from.getSlug());
        to.setType(from.getType());
        to.setLegalStatus(from.getLegalStatus());
        to.setStatutory(from.isStatutory());
        to.setSignificant(from.isSignificant());
        to.setStage(from.getStage());
        to.setPurpose(from.getPurpose());
        to.setGeographicalArea(from.getGeographicalArea());
        to.setThemes(from.getThemes());
        to.setClientGroups(from.getClientGroups());
        to.setElectedMemberContribution(from.getElectedMemberContribution());
        to.setAccountableTo(from.getAccountableTo());
        to.setOfficerContact(from.getOfficerContact());
        to.setStartDate(from.getStartDate());
        to.setProposedEndDate(from.getProposedEndDate());
        to.setCouncilEnteredOn(from.getCouncilEnteredOn());
        to.setReportingFrequency(from.getReportingFrequency());
        to.setCouncilContributes(from.isCouncilContributes());
        to.setCorporatePlanContribution(from.getCorporatePlanContribution());
        to.setCommunityStrategyContribution(from.getCommunityStrategyContribution());
        to.setLocalAreaAgreementContribution(from.getLocalAreaAgreementContribution());
        to.setFundingSources(from.getFundingSources());
        to.setCouncilResources(new HashMap<>(from.getCouncilResources()));
    }

    private static String nameOf(Account account) {
        return account == null ? null : account.getName();
    }
}
