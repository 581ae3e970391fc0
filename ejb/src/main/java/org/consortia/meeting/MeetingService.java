package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.export.Download;
import org.consortia.history.HistoricRecord;
import org.consortia.listing.Conditions;
import org.consortia.listing.ListQuery;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.listing.Sorting;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.validation.InputValidator;

/**
 * The workspace's meetings: everyone in it reads them; its chair, vice-chair and secretariat
 * schedule, change and cancel them. Every change is kept in the history.
 */
@Stateless
public class MeetingService {

    private static final Sorting SORTING = new Sorting(Map.of(
            "startsAt", "m.startsAt",
            "title", "lower(m.title)",
            "state", "m.state"), "startsAt", "m.id");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    OptimisticSave saves;

    @Inject
    RulesInForce rules;

    /** A page of the meetings, by default the latest first; anyone in the workspace. */
    public Page<Meeting> list(PageRequest request) {
        access.require(Action.VIEW_WORKSPACE);
        return ListQuery.page(entityManager, Meeting.class, "select m from Meeting m", "select count(m) from Meeting m",
                new Conditions(), SORTING, request);
    }

    /** Whether the caller may schedule and change meetings here. */
    public boolean mayManage() {
        return access.require(Action.VIEW_WORKSPACE).may(Action.MANAGE_MEETINGS);
    }

    /** The next meeting not cancelled that has not ended, if one is planned; anyone in the workspace. */
    public Optional<Meeting> next() {
        access.require(Action.VIEW_WORKSPACE);
        return entityManager.createQuery("select m from Meeting m where m.endsAt > :now and m.state <> :cancelled"
                        + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("now", Instant.now())
                .setParameter("cancelled", MeetingState.CANCELLED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** One meeting of this workspace; another workspace's is "not found". */
    public MeetingDetails find(long id) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Meeting meeting = loaded(id);
        boolean mayManage = workspace.may(Action.MANAGE_MEETINGS);
        return new MeetingDetails(meeting, mayManage, mayManage && !meeting.withinHoursOf(rules.read()));
    }

    /** One meeting as an iCalendar event, {@code address} being its page; anyone in the workspace. */
    public Download calendarOf(long id, String address) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Meeting meeting = loaded(id);
        return new Download("meeting-" + meeting.getId() + ".ics", MeetingCalendar.MEDIA_TYPE,
                MeetingCalendar.of(List.of(new MeetingCalendar.Event(meeting, workspace.name(), address))));
    }

    /** Schedules a meeting, planned; refuses one that does not add up, and saves nothing then. */
    public Meeting schedule(Meeting draft) {
        access.require(Action.MANAGE_MEETINGS);
        draft.setState(MeetingState.PLANNED);
        check(draft);
        entityManager.persist(draft);
        entityManager.flush();
        return draft;
    }

    /** Saves changes to a meeting over the version the caller was shown; not once it is cancelled. */
    public Meeting update(Meeting edited) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting stored = asShown(edited.getId(), edited.getVersion());
        if (stored.getState() == MeetingState.CANCELLED) {
            throw InvalidInputException.of("title", "This meeting has been cancelled, so it cannot be changed.");
        }
        check(edited);
        stored.setTitle(edited.getTitle());
        stored.setKind(edited.getKind());
        stored.setConvenedBy(edited.getConvenedBy());
        stored.setConvenedBecause(edited.getConvenedBecause());
        stored.scheduleOn(edited.day(), edited.startTime(), edited.endTime());
        stored.setVenue(edited.getVenue());
        stored.setJoiningDetails(edited.getJoiningDetails());
        stored.setOpenToPublic(edited.isOpenToPublic());
        saves.write("this meeting");
        return stored;
    }

    /** Cancels a meeting that has not been held, over the version the caller was shown. */
    public Meeting cancel(long id, long loadedVersion) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting stored = asShown(id, loadedVersion);
        if (stored.getState() != MeetingState.PLANNED && stored.getState() != MeetingState.AGENDA_PUBLISHED) {
            throw InvalidInputException.of("cancel", "Only a meeting not yet held can be cancelled; this one is "
                    + stored.getState().label().toLowerCase(Locale.UK) + ".");
        }
        stored.setState(MeetingState.CANCELLED);
        saves.write("this meeting");
        return stored;
    }

    /** Records that a meeting has been held, once it has started, over the version the caller was shown. */
    public Meeting recordHeld(long id, long loadedVersion) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting stored = asShown(id, loadedVersion);
        if (stored.getState() != MeetingState.PLANNED && stored.getState() != MeetingState.AGENDA_PUBLISHED) {
            throw InvalidInputException.of("held", "This meeting is " + stored.getState().label().toLowerCase(Locale.UK)
                    + ", so it cannot be recorded as held.");
        }
        if (stored.getStartsAt().isAfter(Instant.now())) {
            throw InvalidInputException.of("held", "A meeting can be recorded as held once it has started.");
        }
        stored.setState(MeetingState.HELD);
        saves.write("this meeting");
        return stored;
    }

    /** The meeting, refused if someone saved it since the caller was shown the version given. */
    private Meeting asShown(Long id, long loadedVersion) {
        Meeting stored = loaded(id);
        saves.requireLoadedVersion(HistoricRecord.MEETING, stored.getId(), stored.getVersion(), loadedVersion,
                "this meeting");
        return stored;
    }

    private Meeting loaded(Long id) {
        return Lookups.meeting(entityManager, id == null ? -1 : id);
    }

    /** The field rules first, then the rules between fields, all reported at once. */
    private void check(Meeting meeting) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.problemsOf(meeting).forEach((field, message) -> problems.put(fieldOnTheForm(field), message));
        if (meeting.getStartsAt() != null && meeting.getEndsAt() != null
                && !meeting.getEndsAt().isAfter(meeting.getStartsAt())) {
            problems.putIfAbsent("endTime", "The meeting must end after it starts.");
        }
        if (meeting.getKind() == MeetingKind.EXTRAORDINARY) {
            if (meeting.getConvenedBy() == null) {
                problems.putIfAbsent("convenedBy", "Say who convened this extraordinary meeting.");
            }
            if (meeting.getConvenedBecause() == null) {
                problems.putIfAbsent("convenedBecause", "Say why this extraordinary meeting was convened.");
            }
        }
        if (meeting.getVenue() == null && meeting.getJoiningDetails() == null) {
            problems.putIfAbsent("venue", "Enter where the meeting is held, or how to join it online, or both.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The form asks for a day and times; the record keeps instants. */
    private static String fieldOnTheForm(String field) {
        return switch (field) {
            case "startsAt" -> "day";
            case "endsAt" -> "endTime";
            default -> field;
        };
    }
}
