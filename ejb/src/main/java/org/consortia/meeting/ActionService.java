package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.export.CsvTable;
import org.consortia.history.HistoricRecord;
import org.consortia.identity.Account;
import org.consortia.identity.CallerLookup;
import org.consortia.listing.Conditions;
import org.consortia.listing.ListQuery;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.listing.Sorting;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.membership.WorkspaceRole;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.text.UkDates;
import org.consortia.validation.InputValidator;

/**
 * Actions arising from meetings: the chair, vice-chair and secretariat record them; the owner or
 * they mark them done; everyone in the workspace reads the log (observers without the actions of
 * items taken in closed session).
 */
@Stateless
public class ActionService {

    static final int EXPORT_LIMIT = 10_000;

    private static final String FROM = " from MeetingAction a join a.item i join i.meeting m join a.owner o";

    private static final Sorting SORTING = new Sorting(Map.of(
            "dueOn", "a.dueOn",
            "owner", "lower(o.name)",
            "meeting", "m.startsAt",
            "description", "lower(a.description)"), "dueOn", "a.id");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    OptimisticSave saves;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    CallerLookup callers;

    /** A page of the log, filtered; by default the soonest due first. */
    public Page<MeetingAction> log(ActionFilter filter, boolean mine, PageRequest request) {
        Conditions conditions = conditionsFor(access.require(Action.VIEW_WORKSPACE), filter, mine);
        return ListQuery.page(entityManager, MeetingAction.class, "select a from MeetingAction a join fetch a.item i"
                + " join fetch i.meeting m join fetch a.owner o", "select count(a)" + FROM, conditions, SORTING, request);
    }

    /** The log as a spreadsheet, filtered as the page is, soonest due first. */
    public CsvTable export(ActionFilter filter, boolean mine) {
        Conditions conditions = conditionsFor(access.require(Action.VIEW_WORKSPACE), filter, mine);
        List<MeetingAction> actions = conditions.bind(entityManager.createQuery("select a from MeetingAction a"
                        + " join fetch a.item i join fetch i.meeting m join fetch a.owner o" + conditions.where()
                        + " order by a.dueOn, a.id", MeetingAction.class))
                .setMaxResults(EXPORT_LIMIT).getResultList();
        LocalDate today = LocalDate.now(UkDates.LONDON);
        CsvTable csv = new CsvTable("Action", "Owner", "Due", "Done", "Overdue", "Meeting", "Meeting date", "Item");
        for (MeetingAction action : actions) {
            csv.row(action.getDescription(), action.getOwner().getName(), action.getDueOn(), action.getDoneOn(),
                    action.overdueOn(today) ? "Yes" : "No", action.getItem().getMeeting().getTitle(),
                    action.getItem().getMeeting().day(), action.getItem().getTitle());
        }
        return csv;
    }

    /** Whether the caller may record actions here. */
    public boolean mayManage() {
        return access.require(Action.VIEW_WORKSPACE).may(Action.MANAGE_MEETINGS);
    }

    /**
     * Records an action arising from an item, owned by someone who represents a member organisation;
     * refused, with nothing saved, unless it is described and due on a real date.
     */
    public MeetingAction add(long itemId, String description, Long ownerAccountId, LocalDate dueOn) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = Lookups.item(entityManager, itemId);
        MeetingState state = item.getMeeting().getState();
        if (state == MeetingState.CANCELLED || state == MeetingState.MINUTES_APPROVED) {
            throw InvalidInputException.of("description", "This meeting is " + state.label().toLowerCase(Locale.UK)
                    + ", so no further action can be recorded from it.");
        }
        // Observers take no part, and might be unable to see the item the action arises from.
        Account owner = representatives.inOfficeOn(LocalDate.now(UkDates.LONDON)).stream()
                .filter(representative -> representative.getRole() != WorkspaceRole.OBSERVER)
                .map(Representative::getAccount)
                .filter(account -> account.getId().equals(ownerAccountId)).findFirst().orElse(null);
        MeetingAction action = new MeetingAction(item, description, owner, dueOn);
        Map<String, String> problems = new LinkedHashMap<>(validator.problemsOf(action));
        if (owner == null) {
            problems.put("owner", "Choose the person who owns the action, from those who represent a member organisation.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entityManager.persist(action);
        entityManager.flush();
        return action;
    }

    /** Marks an action done today, over the version the caller was shown: by its owner, or those who keep meetings. */
    public MeetingAction markDone(long actionId, long loadedVersion) {
        WorkspaceContext workspace = access.requireParticipant();
        MeetingAction action = WorkspaceRecords.find(entityManager, MeetingAction.class, actionId)
                .filter(found -> workspace.may(Action.READ_CLOSED_ITEMS) || !found.getItem().isClosedSession())
                .orElseThrow(() -> new RecordNotFoundException("No such action in this workspace."));
        if (!action.closableBy(callers.current().accountId(), workspace.may(Action.MANAGE_MEETINGS))) {
            throw new AccessDeniedException("Only the action's owner, or the chair, vice-chair or secretariat, marks it"
                    + " done.");
        }
        saves.requireLoadedVersion(HistoricRecord.MEETING_ACTION, action.getId(), action.getVersion(), loadedVersion,
                "this action");
        if (action.getDoneOn() == null) {
            action.markDone(LocalDate.now(UkDates.LONDON));
        }
        saves.write("this action");
        return action;
    }

    private Conditions conditionsFor(WorkspaceContext workspace, ActionFilter filter, boolean mine) {
        Conditions conditions = new Conditions();
        if (!workspace.may(Action.READ_CLOSED_ITEMS)) {
            conditions.add("i.closedSession = false");
        }
        switch (filter == null ? ActionFilter.ALL : filter) {
            case OPEN -> conditions.add("a.doneOn is null");
            case OVERDUE -> conditions.add("a.doneOn is null and a.dueOn < :today", "today", LocalDate.now(UkDates.LONDON));
            case DONE -> conditions.add("a.doneOn is not null");
            case ALL -> { }
        }
        if (mine) {
            conditions.add("o.id = :me", "me", callers.current().accountId());
        }
        return conditions;
    }
}
