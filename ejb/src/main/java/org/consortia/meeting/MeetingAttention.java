package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Everyone in the workspace sees the next meeting, published agendas, and their own open actions
 * arising from meetings not yet overdue. Those who arrange meetings are told of a planned meeting outside the days and
 * hours the rules allow and of agendas and papers later than the rules ask; those who set the rules,
 * when fewer meetings were held in the last twelve months than the rules ask.
 */
@ApplicationScoped
public class MeetingAttention implements AttentionSource {

    private static final List<MeetingState> PLANNED = List.of(MeetingState.PLANNED, MeetingState.AGENDA_PUBLISHED);
    private static final List<MeetingState> HELD = List.of(MeetingState.HELD, MeetingState.MINUTES_APPROVED);

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        List<AttentionItem> items = new ArrayList<>();
        Instant now = Instant.now();
        // One read for the rules and for the meetings still to come or held in the last twelve months,
        // anchored on the partnership so that it answers with the rules even when there are no meetings.
        String mine = "from MeetingAction a where a.owner.id = :me and a.doneOn is null"
                + " and (:readsClosed = true or a.item.closedSession = false)";
        List<Object[]> rows = entityManager.createQuery("select p.id, r, m,"
                        + " (select max(pp.addedAt) from MeetingPaper pp where pp.item.meeting = m),"
                        + " (select count(a) " + mine + "), (select count(a) " + mine + " and a.dueOn < :today),"
                        + " (select min(a.dueOn) " + mine + " and a.dueOn >= :today),"
                        + " (select count(n) from Minutes n, Decision d where n.meeting = m and n.signedAt is null"
                        + " and d.item = n.approvalItem and d.notedNotDecided = false) from Partnership p"
                        + " left join MeetingRules r on r.partnershipId = p.id"
                        + " left join Meeting m on m.partnershipId = p.id and ((m.endsAt > :now and m.state in :planned)"
                        + " or (m.state in :held and m.startsAt > :yearAgo))"
                        + " where p.id = :workspace order by m.startsAt, m.id", Object[].class)
                .setParameter("workspace", workspace.partnershipId())
                .setParameter("now", now)
                .setParameter("planned", PLANNED)
                .setParameter("held", HELD)
                .setParameter("yearAgo", ZonedDateTime.now(UkDates.LONDON).minusYears(1).toInstant())
                .setParameter("me", caller.accountId())
                .setParameter("readsClosed", workspace.may(Action.READ_CLOSED_ITEMS))
                .setParameter("today", LocalDate.now(UkDates.LONDON))
                .getResultList();
        if (!rows.isEmpty()) {
            actionsOf(rows.get(0)).ifPresent(items::add);
        }
        List<Meeting> meetings = rows.stream().map(row -> (Meeting) row[2]).filter(Objects::nonNull).toList();
        List<Meeting> upcoming = meetings.stream().filter(m -> PLANNED.contains(m.getState())).toList();
        upcoming.stream().findFirst().ifPresent(next -> items.add(new AttentionItem("Next meeting: " + next.getTitle(),
                when(next) + (next.getVenue() == null ? ", online." : ", " + next.getVenue() + "."),
                "meeting?id=" + next.getId(), next.day())));
        upcoming.stream().filter(meeting -> meeting.getState() == MeetingState.AGENDA_PUBLISHED).forEach(meeting ->
                items.add(new AttentionItem("Agenda published: " + meeting.getTitle(), "The agenda and papers for "
                        + when(meeting) + " are ready to read.", agendaOf(meeting), meeting.day())));
        if (workspace.may(Action.SIGN_MINUTES)) {
            for (Object[] row : rows) {
                if (row[2] instanceof Meeting meeting && meeting.getState() == MeetingState.HELD
                        && ((Number) row[7]).longValue() > 0) {
                    items.add(new AttentionItem("Minutes to sign: " + meeting.getTitle(), "The minutes of "
                            + when(meeting) + " have been approved as a true record: sign them as chair.",
                            "minutes?meeting=" + meeting.getId(), null));
                }
            }
        }
        boolean arranges = workspace.may(Action.MANAGE_MEETINGS);
        boolean setsRules = workspace.may(Action.SET_MEETING_RULES);
        if (!arranges && !setsRules) {
            return items;
        }
        MeetingRules rules = rows.isEmpty() || rows.get(0)[1] == null ? new MeetingRules() : (MeetingRules) rows.get(0)[1];
        if (arranges) {
            upcoming.stream().filter(meeting -> !meeting.withinHoursOf(rules)).forEach(meeting -> items.add(
                    new AttentionItem("Outside the acceptable hours: " + meeting.getTitle(), when(meeting)
                            + " is outside the days and hours the meeting rules allow.",
                            "meeting?id=" + meeting.getId(), meeting.day())));
            for (Object[] row : rows) {
                if (row[2] instanceof Meeting meeting && PLANNED.contains(meeting.getState())) {
                    noticeOf(meeting, (Instant) row[3], rules, now).ifPresent(items::add);
                }
            }
        }
        if (setsRules && rules.getMinimumMeetings() > 0) {
            long held = meetings.stream().filter(m -> HELD.contains(m.getState())).count();
            if (held < rules.getMinimumMeetings()) {
                items.add(new AttentionItem("Fewer meetings than the rules ask",
                        (held == 1 ? "1 meeting was" : held + " meetings were") + " held in the last twelve months;"
                                + " the meeting rules ask for at least " + rules.getMinimumMeetings() + ".",
                        "meetings", null));
            }
        }
        return items;
    }

    /** An agenda not yet published when it was due, or one published, or papers added, after it was due. */
    private static Optional<AttentionItem> noticeOf(Meeting meeting, Instant lastPaperAdded, MeetingRules rules,
            Instant now) {
        Instant due = meeting.agendaDueBy(rules);
        if (meeting.getState() == MeetingState.PLANNED && now.isAfter(due)) {
            return Optional.of(new AttentionItem("Agenda overdue: " + meeting.getTitle(), "The agenda and papers for "
                    + when(meeting) + " were due by " + UkDates.DAY_AND_TIME.format(due) + ": publish them as soon as they are ready.",
                    agendaOf(meeting), meeting.day()));
        }
        boolean publishedLate = meeting.getAgendaPublishedAt() != null && meeting.getAgendaPublishedAt().isAfter(due);
        if (publishedLate || lastPaperAdded != null && lastPaperAdded.isAfter(due)) {
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
    private static Optional<AttentionItem> actionsOf(Object[] row) {
        long open = ((Number) row[4]).longValue() - ((Number) row[5]).longValue();
        if (open == 0) {
            return Optional.empty();
        }
        LocalDate due = (LocalDate) row[6];
        return Optional.of(new AttentionItem("Your actions from meetings",
                (open == 1 ? "1 action of yours is open" : open + " actions of yours are open")
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
