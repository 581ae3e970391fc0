package org.consortia.risk;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;
import org.consortia.history.HistoryService;
import org.consortia.history.Snapshot;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.listing.Conditions;
import org.consortia.listing.ListQuery;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.listing.Sorting;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.validation.InputValidator;

/**
 * The joint risk register of the current workspace. Everyone in the workspace reads it; member and
 * officer representatives, chairs and the secretariat keep it; the chair, vice-chair and officer
 * representative set the tolerance the partners agreed.
 */
@Stateless
public class RiskRegisterService {

    private static final Sorting SORTING = new Sorting(Map.of(
            "title", "lower(e.title)",
            "category", "lower(e.category)",
            "status", "e.status",
            "reviewDate", "e.reviewDate",
            "inherentScore", "e.inherentScore",
            "residualScore", "e.residualScore"), "title", "e.id");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    HistoryService history;

    @Inject
    OptimisticSave saves;

    /** A filtered, sorted page of entries, filtered and cut in the database. */
    public Page<RiskEntry> search(RiskFilter filter, PageRequest page) {
        access.require(Action.VIEW_WORKSPACE);
        return ListQuery.page(entityManager, RiskEntry.class, "select e from RiskEntry e"
                + " left join fetch e.ownerOrganisation left join fetch e.owner", "select count(e) from RiskEntry e",
                conditionsOf(filter), SORTING, page);
    }

    /** The conditions a filter puts on entries {@code e}. */
    private static Conditions conditionsOf(RiskFilter filter) {
        Conditions conditions = new Conditions()
                .add("e.kind = :kind", "kind", filter.kind())
                .add("lower(e.category) = lower(:category)", "category",
                        filter.category() == null ? null : filter.category().strip())
                .add("e.ownerOrganisation.id = :owner", "owner", filter.ownerOrganisationId())
                .add("e.status = :status", "status", filter.status())
                .add("e.residualScore >= :minimumScore", "minimumScore", filter.minimumResidualScore())
                .add("e.residualScore <= :maximumScore", "maximumScore", filter.maximumResidualScore());
        if (filter.overdueReviewOnly()) {
            conditions.add("e.status <> :closed and e.reviewDate < :today",
                    Map.of("closed", EntryStatus.CLOSED, "today", LocalDate.now()));
        }
        if (filter.likelihood() != null && filter.impact() != null) {
            String prefix = filter.inherentCell() ? "e.inherent" : "e.residual";
            conditions.add(prefix + "Likelihood = :likelihood and " + prefix + "Impact = :impact",
                    Map.of("likelihood", filter.likelihood(), "impact", filter.impact()));
        }
        return conditions;
    }

    /**
     * How many open entries sit in each cell of the 5 x 5 grid, before and after controls:
     * {@code counts[likelihood - 1][impact - 1]}.
     */
    public HeatMap heatMap() {
        access.require(Action.VIEW_WORKSPACE);
        int[][] inherent = new int[5][5];
        int[][] residual = new int[5][5];
        entityManager.createQuery("select e.inherentLikelihood, e.inherentImpact, e.residualLikelihood,"
                        + " e.residualImpact from RiskEntry e where e.status <> :closed", Object[].class)
                .setParameter("closed", EntryStatus.CLOSED)
                .getResultList()
                .forEach(row -> {
                    inherent[((Likelihood) row[0]).points() - 1][((Impact) row[1]).points() - 1]++;
                    residual[((Likelihood) row[2]).points() - 1][((Impact) row[3]).points() - 1]++;
                });
        return new HeatMap(inherent, residual, tolerance());
    }

    /**
     * The categories to offer: the framework's own, then those the partners have added to this
     * register, in alphabetical order, each once whatever its capitals.
     */
    public List<String> categories() {
        access.require(Action.VIEW_WORKSPACE);
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (StandardCategory standard : StandardCategory.values()) {
            byLowerCase.put(standard.label().toLowerCase(Locale.ROOT), standard.label());
        }
        entityManager.createQuery("select distinct e.category from RiskEntry e", String.class).getResultList().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
                .forEach(category -> byLowerCase.putIfAbsent(category.toLowerCase(Locale.ROOT), category));
        return List.copyOf(byLowerCase.values());
    }

    /** The whole register with its actions, for the exports; anyone in the workspace. */
    public RegisterExport export() {
        return export(RiskFilter.none());
    }

    /**
     * The entries a filter chooses, with their actions, for the exports, saying how they were
     * chosen; anyone in the workspace.
     */
    public RegisterExport export(RiskFilter filter) {
        String partnershipName = access.enter().name();
        Conditions conditions = conditionsOf(filter);
        List<RiskEntry> entries = conditions.bind(entityManager.createQuery("select e from RiskEntry e"
                + " left join fetch e.ownerOrganisation left join fetch e.owner" + conditions.where()
                + " order by lower(e.title), e.id", RiskEntry.class)).getResultList();
        List<MitigationAction> actions = entries.isEmpty() ? List.of() : entityManager.createQuery("select a from"
                        + " MitigationAction a join fetch a.entry left join fetch a.responsible where a.entry in :entries"
                        + " order by a.deadline, a.id", MitigationAction.class)
                .setParameter("entries", entries).getResultList();
        // Named only if it is a member here: the query must not reveal names from the council's whole list.
        String owner = filter.ownerOrganisationId() == null ? null : entityManager.createQuery("select m.organisation.name"
                        + " from Membership m where m.organisation.id = :organisation", String.class)
                .setParameter("organisation", filter.ownerOrganisationId())
                .getResultStream().findFirst().orElse("an organisation that is not a member");
        return new RegisterExport(partnershipName, tolerance(), LocalDate.now(), entries, actions,
                filter.describe(owner));
    }

    /** One entry of this workspace; another workspace's entry is "not found". */
    public RiskEntry find(long id) {
        access.require(Action.VIEW_WORKSPACE);
        RiskEntry entry = WorkspaceRecords.find(entityManager, RiskEntry.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such entry in this register."));
        if (entry.getOwnerOrganisation() != null) {
            entry.getOwnerOrganisation().getName();
        }
        if (entry.getOwner() != null) {
            entry.getOwner().getName();
        }
        return entry;
    }

    /** Adds an entry; the owners must be a member organisation and one of its people. */
    public RiskEntry create(RiskEntry entry, Long ownerOrganisationId, Long ownerAccountId) {
        access.require(Action.EDIT_SHARED_RECORDS);
        assignOwners(entry, ownerOrganisationId, ownerAccountId);
        validator.check(entry);
        entityManager.persist(entry);
        return entry;
    }

    /**
     * Saves changes to an entry if nobody else saved it since it was loaded; otherwise refuses
     * with {@link ConcurrentEditException} and changes nothing.
     */
    public RiskEntry update(RiskEntry edited, Long ownerOrganisationId, Long ownerAccountId) {
        access.require(Action.EDIT_SHARED_RECORDS);
        RiskEntry stored = WorkspaceRecords.find(entityManager, RiskEntry.class, edited.getId())
                .orElseThrow(() -> new RecordNotFoundException("No such entry in this register."));
        saves.requireLoadedVersion(HistoricRecord.RISK_ENTRY, stored.getId(), stored.getVersion(), edited.getVersion(),
                "this entry");
        copy(edited, stored);
        assignOwners(stored, ownerOrganisationId, ownerAccountId);
        validator.check(stored);
        saves.write("this entry");
        return stored;
    }

    /**
     * How an entry's scores have moved, oldest first: the first assessment and every change of
     * either score, leaving out revisions that changed other fields only.
     */
    public List<ScorePoint> scoreTrail(long entryId) {
        find(entryId);
        List<ScorePoint> trail = new ArrayList<>();
        for (Snapshot<RiskEntry> snapshot : history.<RiskEntry>snapshotsOf(HistoricRecord.RISK_ENTRY, entryId)) {
            RiskEntry state = snapshot.state();
            ScorePoint last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
            if (last == null || last.inherentScore() != state.inherentScore()
                    || last.residualScore() != state.residualScore()) {
                trail.add(new ScorePoint(snapshot.madeAt(), snapshot.author(), snapshot.organisation(),
                        state.inherentScore(), state.residualScore()));
            }
        }
        return trail;
    }

    /** The mitigation actions of an entry, soonest deadline first. */
    public List<MitigationAction> actionsOf(long entryId) {
        RiskEntry entry = find(entryId);
        return entityManager.createQuery("select a from MitigationAction a left join fetch a.responsible"
                        + " where a.entry = :entry order by a.deadline, a.id", MitigationAction.class)
                .setParameter("entry", entry)
                .getResultList();
    }

    /** Adds a mitigation action to an entry; the person responsible must be one of the partnership's people. */
    public MitigationAction addAction(long entryId, String description, Long responsibleAccountId,
            LocalDate deadline) {
        access.require(Action.EDIT_SHARED_RECORDS);
        RiskEntry entry = find(entryId);
        Account responsible = null;
        if (responsibleAccountId != null) {
            boolean representative = !entityManager.createQuery("select r.id from Representative r"
                            + " where r.account.id = :account", Long.class)
                    .setParameter("account", responsibleAccountId).getResultList().isEmpty();
            if (!representative) {
                throw InvalidInputException.of("responsible", "Choose one of the partnership's representatives.");
            }
            responsible = entityManager.find(Account.class, responsibleAccountId);
        }
        MitigationAction action = new MitigationAction(entry, description, responsible, deadline);
        validator.check(action);
        entityManager.persist(action);
        return action;
    }

    /** Records that an action is done, if nobody changed it since the caller saw it. */
    public void completeAction(long actionId, long expectedVersion) {
        access.require(Action.EDIT_SHARED_RECORDS);
        MitigationAction action = WorkspaceRecords.find(entityManager, MitigationAction.class, actionId)
                .orElseThrow(() -> new RecordNotFoundException("No such action in this register."));
        if (action.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this action meanwhile.");
        }
        action.markDone(LocalDate.now());
    }

    /** The score above which entries stand out; the default until the partners set one. */
    public int tolerance() {
        access.require(Action.VIEW_WORKSPACE);
        return entityManager.createQuery("select t.score from RiskTolerance t", Integer.class)
                .getResultStream().findFirst().orElse(RiskTolerance.DEFAULT_SCORE);
    }

    /**
     * Records the tolerance the partners agreed, a score from 1 to 25, in place of the one the
     * caller was shown; if someone else has changed it meanwhile, nothing is saved.
     */
    public void setTolerance(int shown, int score) {
        access.require(Action.CHANGE_DOCUMENT_STATE);
        if (score < 1 || score > 25) {
            throw InvalidInputException.of("tolerance", "The tolerance is a score from 1 to 25.");
        }
        String conflict = "Someone else changed the tolerance while you were looking at it.";
        RiskTolerance tolerance = entityManager.createQuery("select t from RiskTolerance t", RiskTolerance.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        int current = tolerance == null ? RiskTolerance.DEFAULT_SCORE : tolerance.getScore();
        if (current != shown) {
            throw new ConcurrentEditException(conflict + " It is now " + current + ".");
        }
        try {
            if (tolerance == null) {
                tolerance = new RiskTolerance();
                entityManager.persist(tolerance);
            }
            tolerance.setScore(score);
            entityManager.flush();
        } catch (PersistenceException setAtTheSameMoment) {
            throw new ConcurrentEditException(conflict);
        }
    }

    private void assignOwners(RiskEntry entry, Long ownerOrganisationId, Long ownerAccountId) {
        Organisation organisation = null;
        if (ownerOrganisationId != null) {
            boolean member = !entityManager.createQuery("select m.id from Membership m where m.organisation.id = :id"
                    + " and m.leftOn is null", Long.class).setParameter("id", ownerOrganisationId).getResultList().isEmpty();
            if (!member) {
                throw InvalidInputException.of("ownerOrganisation", "Choose one of the partnership's member organisations.");
            }
            organisation = entityManager.find(Organisation.class, ownerOrganisationId);
        }
        Account owner = null;
        if (ownerAccountId != null) {
            owner = entityManager.find(Account.class, ownerAccountId);
            if (owner == null || organisation == null || !owner.getOrganisation().equals(organisation)) {
                throw InvalidInputException.of("owner", "Choose a person who works for the owner organisation.");
            }
        }
        entry.setOwnerOrganisation(organisation);
        entry.setOwner(owner);
    }

    private static void copy(RiskEntry from, RiskEntry to) {
        to.setKind(from.getKind());
        to.setTitle(from.getTitle());
        to.setDescription(from.getDescription());
        to.setPerspective(from.getPerspective());
        to.setCategory(from.getCategory());
        to.setCause(from.getCause());
        to.setEffect(from.getEffect());
        to.setInherentLikelihood(from.getInherentLikelihood());
        to.setInherentImpact(from.getInherentImpact());
        to.setResidualLikelihood(from.getResidualLikelihood());
        to.setResidualImpact(from.getResidualImpact());
        to.setAllocation(from.getAllocation());
        to.setTransferredTo(from.getTransferredTo());
        to.setTransferReason(from.getTransferReason());
        to.setTriggerPoints(from.getTriggerPoints());
        to.setContingencyPlan(from.getContingencyPlan());
        to.setReviewDate(from.getReviewDate());
        to.setStatus(from.getStatus());
    }
}
