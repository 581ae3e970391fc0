package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consortia.access.Action;
import org.consortia.access.TransactionMemo;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.identity.Caller;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Everyone in the workspace sees the next meeting, published agendas, and their own open actions
 * arising from meetings not yet overdue. Those who arrange meetings are told of a planned meeting
 * outside the days and hours the rules allow and of agendas and papers later than the rules ask;
 * those who set the rules, when fewer meetings were held in the last twelve months than the rules
 * ask. Due from those who arrange meetings: an agenda within a week of when it is due; from the
 * chair: minutes approved and not yet signed. The meetings are read once per transaction for both.
 */
@ApplicationScoped
public class MeetingAttention implements AttentionSource, DueSource {

    static final int AGENDA_NOTICE_DAYS = 7;
    private static final List<MeetingState> PLANNED = List.of(MeetingState.PLANNED, MeetingState.AGENDA_PUBLISHED);
    private static final List<MeetingState> HELD = List.of(MeetingState.HELD, MeetingState.MINUTES_APPROVED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    TransactionMemo memo;

    @Inject
    MeetingActionDues actions;

    @Inject
    WorkspaceRepresentatives representatives;

    /** A meeting still to come or held in the last twelve months, when its last paper was added, and whether its minutes await the chair's signature. */
    private record Row(Meeting meeting, Instant lastPaperAdded, boolean minutesToSign) {
    }

    private record Meetings(MeetingRules rules, List<Row> rows) {

        List<Meeting> upcoming() {
            return rows.stream().map(Row::meeting).filter(m -> PLANNED.contains(m.getState())).toList();
        }
    }

    private record MeetingsOf(long workspace) {
    }

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        List<AttentionItem> items = new ArrayList<>();
        Instant now = Instant.now();
        Meetings meetings = meetings();
        actionsOf(caller, workspace).ifPresent(items::add);
        List<Meeting> upcoming = meetings.upcoming();
        upcoming.stream().findFirst().ifPresent(next -> items.add(new AttentionItem("Next meeting: " + next.getTitle(),
                when(next) + (next.getVenue() == null ? ", online." : ", " + next.getVenue() + "."),
                "meeting?id=" + next.getId(), next.day())));
        upcoming.stream().filter(meeting -> meeting.getState() == MeetingState.AGENDA_PUBLISHED).forEach(meeting ->
                items.add(new AttentionItem("Agenda published: " + meeting.getTitle(), "The agenda and papers for "
                        + when(meeting) + " are ready to read.", agendaOf(meeting), meeting.day())));
        MeetingRules rules = meetings.rules();
        if (workspace.may(Action.MANAGE_MEETINGS)) {
            upcoming.stream().filter(meeting -> !meeting.withinHoursOf(rules)).forEach(meeting -> items.add(
                    new AttentionItem("Outside the acceptable hours: " + meeting.getTitle(), when(meeting)
                            + " is outside the days and hours the meeting rules allow.",
                            "meeting?id=" + meeting.getId(), meeting.day())));
            meetings.rows().stream().filter(row -> PLANNED.contains(row.meeting().getState()))
                    .forEach(row -> lateNoticeOf(row, rules, now).ifPresent(items::add));
        }
        if (workspace.may(Action.SET_MEETING_RULES) && rules.getMinimumMeetings() > 0) {
            long held = meetings.rows().stream().filter(row -> HELD.contains(row.meeting().getState())).count();
            if (held < rules.getMinimumMeetings()) {
                items.add(new AttentionItem("Fewer meetings than the rules ask",
                        (held == 1 ? "1 meeting was" : held + " meetings were") + " held in the last twelve months;"
                                + " the meeting rules ask for at least " + rules.getMinimumMeetings() + ".",
                        "meetings", null));
            }
        }
        return items;
    }

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        Meetings meetings = meetings();
        List<DueItem> items = new ArrayList<>();
        for (Row row : meetings.rows()) {
            Meeting meeting = row.meeting();
            if (row.minutesToSign() && meeting.getState() == MeetingState.HELD) {
                items.add(new DueItem("minutes-sign:" + meeting.getId(), representatives.allowedTo(Action.SIGN_MINUTES, today),
                        "Minutes to sign: " + meeting.getTitle(), "The minutes of " + when(meeting)
                        + " have been approved as a true record: sign them as chair.",
                        "minutes?meeting=" + meeting.getId(), null));
            }
            Instant dueBy = meeting.agendaDueBy(meetings.rules());
            LocalDate due = LocalDate.ofInstant(dueBy, UkDates.LONDON);
            if (meeting.getState() == MeetingState.PLANNED && !today.plusDays(AGENDA_NOTICE_DAYS).isBefore(due)) {
                boolean late = Instant.now().isAfter(dueBy);
                items.add(new DueItem("agenda-due:" + meeting.getId() + ":" + due,
                        representatives.allowedTo(Action.MANAGE_MEETINGS, today),
                        (late ? "Agenda overdue: " : "Publish the agenda: ") + meeting.getTitle(),
                        "The agenda and papers for " + when(meeting) + (late ? " were" : " are") + " due by "
                                + UkDates.DAY_AND_TIME.format(dueBy)
                                + (late ? ": publish them as soon as they are ready." : "."),
                        agendaOf(meeting), due));
            }
        }
        return items;
    }

    /**
     * One read for the rules and for the meetings still to come or held in the last twelve months,
     * anchored on the partnership so that it answers with the rules even when there are no meetings.
     */
    private Meetings meetings() {
        long workspace = CurrentWorkspace.tenant();
        return memo.computeIfAbsent(new MeetingsOf(workspace), () -> {
            List<Object[]> found = entityManager.createQuery("select r, m,"
                            + " (select max(pp.addedAt) from MeetingPaper pp where pp.item.meeting = m),"
                            + " (select count(n) from Minutes n, Decision d where n.meeting = m and n.signedAt is null"
                            + " and d.item = n.approvalItem and d.notedNotDecided = false) from Partnership p"
                            + " left join MeetingRules r on r.partnershipId = p.id"
                            + " left join Meeting m on m.partnershipId = p.id and ((m.endsAt > :now and m.state in :planned)"
                            + " or (m.state in :held and m.startsAt > :yearAgo))"
                            + " where p.id = :workspace order by m.startsAt, m.id", Object[].class)
                    .setParameter("workspace", workspace)
                    .setParameter("now", Instant.now())
                    .setParameter("planned", PLANNED)
                    .setParameter("held", HELD)
                    .setParameter("yearAgo", ZonedDateTime.now(UkDates.LONDON).minusYears(1).toInstant())
                    .getResultList();
            MeetingRules rules = found.isEmpty() || found.get(0)[0] == null ? new MeetingRules() : (MeetingRules) found.get(0)[0];
            return new Meetings(rules, found.stream().filter(row -> row[1] != null)
                    .map(row -> new Row((Meeting) row[1], (Instant) row[2], ((Number) row[3]).longValue() > 0)).toList());
        });
    }

    /** An agenda published, or papers added, after it was due (one not yet published is due: {@link #dueIn}). */
    private static Optional<AttentionItem> lateNoticeOf(Row row, MeetingRules rules, Instant now) {
        Meeting meeting = row.meeting();
        Instant due = meeting.agendaDueBy(rules);
        boolean publishedLate = meeting.getAgendaPublishedAt() != null && meeting.getAgendaPublishedAt().isAfter(due);
        if (publishedLate || row.lastPaperAdded() != null && row.lastPaperAdded().isAfter(due)) {
            return Optional.of(new AttentionItem("Papers late: " + meeting.getTitle(), (publishedLate ? "The agenda"
                    : "A paper") + " for " + when(meeting) + " was published later than the "
                    + rules.getAgendaNoticeDays() + " clear days' notice the meeting rules ask for.",
                    agendaOf(meeting), meeting.day()));
        }
        return Optional.empty();
    }

    /**
     * The caller's own open actions arising from meetings that are not yet overdue, in one line: each
     * overdue one is due on its own ({@link MeetingActionDues}).
     */
    private Optional<AttentionItem> actionsOf(Caller caller, WorkspaceContext workspace) {
        LocalDate today = LocalDate.now(UkDates.LONDON);
        boolean readsClosed = workspace.may(Action.READ_CLOSED_ITEMS);
        List<MeetingAction> open = actions.open().stream()
                .filter(action -> action.getOwner().getId() == caller.accountId()
                        && (readsClosed || !action.getItem().isClosedSession())
                        && (action.getDueOn() == null || !action.getDueOn().isBefore(today)))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = open.stream().map(MeetingAction::getDueOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return Optional.of(new AttentionItem("Your actions from meetings",
                (open.size() == 1 ? "1 action of yours is open" : open.size() + " actions of yours are open")
                        + (due == null ? "." : "; the next is due by " + UkDates.day(due) + "."),
                "actions?show=OPEN&mine=true", due));
    }

    private static String agendaOf(Meeting meeting) {
        return "agenda?meeting=" + meeting.getId();
    }

    private static String when(Meeting meeting) {
        return UkDates.day(meeting.day()) + ", " + meeting.startTime() + " to " + meeting.endTime();
    }
}
