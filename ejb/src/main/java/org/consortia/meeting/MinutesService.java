package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.export.Download;
import org.consortia.history.HistoricRecord;
import org.consortia.history.LastChanges;
import org.consortia.identity.Account;
import org.consortia.identity.CallerLookup;
import org.consortia.partnership.Partnership;
import org.consortia.richtext.RichText;
import org.consortia.saving.OptimisticSave;
import org.consortia.saving.TextConflictException;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;
import org.consortia.validation.InputValidator;

/**
 * The minutes of held meetings: drafted by those who keep meetings from the meeting's own record,
 * with the discussion of each item written in turn (saved over the version its writer began from,
 * so that no text is lost); put to a later meeting for approval; corrected after signing only with
 * a reason, which voids the signature. Signing is {@link MinutesSigning}'s job.
 */
@Stateless
public class MinutesService {

    /** The most meetings offered at once to approve the minutes at. */
    static final int MOST_CANDIDATES = 50;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    MeetingRecordService records;

    @Inject
    AgendaService agendas;

    @Inject
    MinutesNotice notice;

    @Inject
    OptimisticSave saves;

    @Inject
    LastChanges lastChanges;

    @Inject
    InputValidator validator;

    /**
     * The minutes of a meeting as the caller may read them (observers without items taken in closed
     * session); another workspace's meeting is "not found".
     */
    public MinutesDocument read(long meetingId) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        // The minutes with their meeting, discussions and approval in one read, so that the meeting's
        // record finds its meeting already loaded: a page reads little.
        Minutes minutes = null;
        Decision approval = null;
        Map<Long, MinutesItem> discussions = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select m, i, i.item.id, d from Minutes m join fetch m.meeting"
                        + " left join fetch m.signedBy left join fetch m.correctedBy left join fetch m.approvalItem a"
                        + " left join fetch a.meeting left join MinutesItem i on i.minutes = m"
                        + " left join Decision d on d.item = a where m.meeting.id = :meeting", Object[].class)
                .setParameter("meeting", meetingId).getResultList()) {
            minutes = (Minutes) row[0];
            if (row[1] instanceof MinutesItem discussion) {
                // The item's id from the row: asking the item, not yet read, for it would read it.
                discussions.put((Long) row[2], discussion);
            }
            approval = (Decision) row[3];
        }
        MeetingRecord record = records.read(meetingId);
        Map<Long, List<MeetingAction>> actions = new HashMap<>();
        entityManager.createQuery("select a from MeetingAction a join fetch a.owner where a.item.meeting = :meeting"
                        + " order by a.id", MeetingAction.class)
                .setParameter("meeting", record.meeting()).getResultStream()
                .forEach(action -> actions.computeIfAbsent(action.getItem().getId(), key -> new ArrayList<>()).add(action));
        MeetingState state = record.meeting().getState();
        boolean readsEverything = workspace.may(Action.READ_CLOSED_ITEMS);
        MinutesDocument partial = new MinutesDocument(record, minutes, discussions, actions, approval, null, false,
                false, false);
        boolean managed = workspace.may(Action.MANAGE_MEETINGS);
        return new MinutesDocument(record, minutes, discussions, actions, approval,
                readsEverything ? MinutesText.hash(partial) : null,
                managed && state == MeetingState.HELD,
                workspace.may(Action.SIGN_MINUTES) && state == MeetingState.HELD && partial.approved(),
                managed && state == MeetingState.MINUTES_APPROVED);
    }

    /**
     * Saves the discussion of one item, sanitised, if nobody has saved it since the version the
     * writer began from ({@code -1} for an item not minuted before); otherwise throws
     * {@link TextConflictException} with both texts and saves nothing.
     */
    public MinutesItem saveDiscussion(long itemId, long startingVersion, String html) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = Lookups.item(entityManager, itemId);
        Minutes minutes = MeetingLocks.lockedMinutes(entityManager, item.getMeeting());
        String content = RichText.sanitise(html);
        if (content.length() > MinutesItem.MAX_LENGTH) {
            throw InvalidInputException.of("discussion", "The discussion is too long: shorten it to under "
                    + MinutesItem.MAX_LENGTH + " characters of text and markup.");
        }
        MinutesItem stored = entityManager.createQuery("select i from MinutesItem i where i.item = :item",
                MinutesItem.class).setParameter("item", item).getResultStream().findFirst().orElse(null);
        if (stored == null) {
            if (startingVersion != -1) {
                throw new RecordNotFoundException("No such minuted item in this workspace.");
            }
            stored = new MinutesItem(minutes, item);
            entityManager.persist(stored);
        } else if (stored.getVersion() != startingVersion) {
            throw new TextConflictException(stored.getDiscussion(), stored.getVersion(), content,
                    lastChanges.savedWhileYouEdited(HistoricRecord.MINUTES_ITEM, stored.getId(),
                            "the minutes of “" + item.getTitle() + "”") + " Nothing was saved.");
        }
        stored.setDiscussion(content);
        saves.write("the minutes of “" + item.getTitle() + "”");
        return stored;
    }

    /** Later meetings whose agenda is still open, where the minutes could be approved. */
    public List<Meeting> approvalCandidates(long meetingId) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = Lookups.meeting(entityManager, meetingId);
        return entityManager.createQuery("select m from Meeting m where m.startsAt > :after and m.state = :planned"
                        + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("after", meeting.getStartsAt())
                .setParameter("planned", MeetingState.PLANNED)
                .setMaxResults(MOST_CANDIDATES).getResultList();
    }

    /**
     * Puts the minutes on a later meeting's agenda, as the item at which they are approved as a true
     * record; that meeting's decision on the item approves them.
     */
    public AgendaItem putForApproval(long meetingId, long laterMeetingId) {
        WorkspaceContext workspace = access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = Lookups.meeting(entityManager, meetingId);
        Meeting later = Lookups.meeting(entityManager, laterMeetingId);
        Minutes minutes = MeetingLocks.lockedMinutes(entityManager, meeting);
        if (!later.getStartsAt().isAfter(meeting.getStartsAt())) {
            throw InvalidInputException.of("laterMeeting", "Choose a meeting held after this one.");
        }
        if (minutes.getApprovalItem() != null) {
            throw InvalidInputException.of("laterMeeting", "These minutes are already on the agenda of "
                    + minutes.getApprovalItem().getMeeting().getTitle() + " on "
                    + UkDates.day(minutes.getApprovalItem().getMeeting().day()) + ".");
        }
        AgendaItem draft = new AgendaItem(later);
        String title = meeting.getTitle();
        draft.setTitle("Minutes of " + (title.length() > 100 ? title.substring(0, 99) + "…" : title) + " on "
                + UkDates.day(meeting.day()) + ": to approve as a true record");
        AgendaItem item;
        try {
            item = agendas.addItem(laterMeetingId, draft);
        } catch (InvalidInputException refused) {
            throw InvalidInputException.of("laterMeeting", refused.getMessage());
        }
        minutes.setApprovalItem(item);
        saves.write("these minutes");
        notice.readyToApprove(meeting, item, workspace, callers.current());
        return item;
    }

    /**
     * Opens signed minutes for a correction: a new revision with the reason given, voiding the
     * chair's signature until they sign again; the meeting's record can be put right meanwhile.
     */
    public Minutes correct(long meetingId, String reason) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = MeetingLocks.lockedMeeting(entityManager, meetingId);
        if (meeting.getState() != MeetingState.MINUTES_APPROVED) {
            throw InvalidInputException.of("reason", "Only signed minutes are corrected this way; until they are"
                    + " signed, change them directly.");
        }
        Minutes minutes = MeetingLocks.minutesOf(entityManager, meeting);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the signed minutes are being corrected.");
        }
        minutes.correct(entityManager.find(Account.class, callers.current().accountId()), reason, Instant.now());
        Map<String, String> problems = new LinkedHashMap<>();
        validator.problemsOf(minutes).forEach((field, message) -> problems.put("reason", message));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        meeting.setState(MeetingState.HELD);
        saves.write("these minutes");
        return minutes;
    }

    /** The minutes as the caller may read them, as a PDF laid out as minutes are. */
    public Download exportPdf(long meetingId) {
        MinutesDocument document = read(meetingId);
        if (!document.drafted()) {
            throw new RecordNotFoundException("This meeting has no minutes yet.");
        }
        Partnership partnership = entityManager.find(Partnership.class, document.meeting().getPartnershipId());
        return new Download("minutes-" + document.meeting().day() + ".pdf", Download.PDF,
                MinutesPdf.write(partnership.getName(), document));
    }
}
