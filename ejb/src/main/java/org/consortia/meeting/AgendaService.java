package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.export.Download;
import org.consortia.export.UploadedNames;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.upload.AcceptedTypes;
import org.consortia.upload.UploadCheck;
import org.consortia.upload.UploadedFile;
import org.consortia.validation.InputValidator;

/**
 * Meetings' agendas: everyone in the workspace reads them, observers only the items taken in open
 * session; the chair, vice-chair and secretariat keep them. The order is frozen once the agenda is
 * published; papers may still be added or replaced, and any that come after the notice the rules
 * ask for are marked late.
 */
@Stateless
public class AgendaService {

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

    @Inject
    UploadCheck uploads;

    @Inject
    HistoryService history;

    /** The meeting's agenda as the caller may see it; another workspace's meeting is "not found". */
    public Agenda read(long meetingId) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Meeting meeting = meeting(meetingId);
        boolean readsClosed = workspace.may(Action.READ_CLOSED_ITEMS);
        List<AgendaItem> items = entityManager.createQuery("select i from AgendaItem i where i.meeting = :meeting"
                        + " order by i.position, i.id", AgendaItem.class)
                .setParameter("meeting", meeting)
                .getResultList();
        List<MeetingPaper> papers = entityManager.createQuery("select p from MeetingPaper p where p.item.meeting = :meeting"
                        + " order by p.id", MeetingPaper.class)
                .setParameter("meeting", meeting)
                .getResultList();
        List<Agenda.Entry> entries = new ArrayList<>();
        for (AgendaItem item : items) {
            if (readsClosed || !item.isClosedSession()) {
                entries.add(new Agenda.Entry(item, papers.stream().filter(p -> p.getItem().equals(item)).toList()));
            }
        }
        return new Agenda(meeting, entries, meeting.agendaDueBy(rules.read()), workspace.may(Action.MANAGE_MEETINGS),
                readsClosed, entries.size() < items.size());
    }

    /** Adds an item at the end of a meeting's agenda, while the agenda is not yet published. */
    public AgendaItem addItem(long meetingId, AgendaItem draft) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = lockedForOrdering(meetingId);
        AgendaItem item = new AgendaItem(meeting);
        copy(draft, item);
        check(item);
        Integer last = entityManager.createQuery("select max(i.position) from AgendaItem i where i.meeting = :meeting",
                Integer.class).setParameter("meeting", meeting).getSingleResult();
        item.setPosition(last == null ? 1 : last + 1);
        entityManager.persist(item);
        entityManager.flush();
        return item;
    }

    /** Saves changes to an item over the version the caller was shown, while the agenda is not yet published. */
    public AgendaItem updateItem(AgendaItem edited) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem stored = itemAsShown(edited.getId(), edited.getVersion());
        requireOrderOpen(stored.getMeeting());
        copy(edited, stored);
        check(stored);
        saves.write("this agenda item");
        return stored;
    }

    /** Moves an item one place up or down, while the agenda is not yet published. */
    public void move(long itemId, long loadedVersion, boolean up) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = itemAsShown(itemId, loadedVersion);
        lockedForOrdering(item.getMeeting().getId());
        List<AgendaItem> order = entityManager.createQuery("select i from AgendaItem i where i.meeting = :meeting"
                        + " order by i.position, i.id", AgendaItem.class)
                .setParameter("meeting", item.getMeeting())
                .getResultList();
        int at = order.indexOf(item);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(at));
        for (int place = 0; place < order.size(); place++) {
            order.get(place).setPosition(place + 1);
        }
        saves.write("the agenda");
    }

    /** Removes an item and its papers, while the agenda is not yet published. */
    public void removeItem(long itemId, long loadedVersion) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = itemAsShown(itemId, loadedVersion);
        lockedForOrdering(item.getMeeting().getId());
        long recorded = entityManager.createQuery("select (select count(d) from Declaration d where d.item = :item)"
                        + " + (select count(c) from Decision c where c.item = :item)"
                        + " + (select count(a) from MeetingAction a where a.item = :item) from AgendaItem i"
                        + " where i = :item", Long.class)
                .setParameter("item", item).getSingleResult();
        if (recorded > 0) {
            throw InvalidInputException.of("title", "\"" + item.getTitle() + "\" has declarations, a decision or actions"
                    + " recorded against it, so it stays on the agenda.");
        }
        entityManager.createQuery("select p from MeetingPaper p where p.item = :item", MeetingPaper.class)
                .setParameter("item", item).getResultList().forEach(entityManager::remove);
        // Minutes put to this item for approval wait to be put on another agenda.
        entityManager.createQuery("select m from Minutes m where m.approvalItem = :item", Minutes.class)
                .setParameter("item", item).getResultList().forEach(minutes -> minutes.setApprovalItem(null));
        entityManager.remove(item);
        saves.write("this agenda item");
    }

    /** Adds a paper to an item; refused, with nothing stored, unless the file passes every check. */
    public MeetingPaper addPaper(long itemId, String fileName, byte[] content) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = item(itemId);
        requirePapersOpen(item.getMeeting());
        MeetingPaper paper = new MeetingPaper(item);
        hold(paper, uploads.check("file", fileName, content, AcceptedTypes.PAPERS));
        entityManager.persist(paper);
        entityManager.flush();
        return paper;
    }

    /** Replaces a paper's file by a new version over the version the caller was shown; the old one stays in the history. */
    public MeetingPaper replacePaper(long paperId, long loadedVersion, String fileName, byte[] content) {
        access.require(Action.MANAGE_MEETINGS);
        MeetingPaper paper = paper(paperId);
        saves.requireLoadedVersion(HistoricRecord.MEETING_PAPER, paper.getId(), paper.getVersion(), loadedVersion,
                "this paper");
        requirePapersOpen(paper.getItem().getMeeting());
        hold(paper, uploads.check("file", fileName, content, AcceptedTypes.PAPERS));
        saves.write("this paper");
        return paper;
    }

    /** Publishes the agenda, freezing its order; everyone in the workspace is told of it on their page. */
    public Meeting publish(long meetingId, long loadedVersion) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = meeting(meetingId);
        saves.requireLoadedVersion(HistoricRecord.MEETING, meeting.getId(), meeting.getVersion(), loadedVersion,
                "this meeting");
        if (meeting.getState() != MeetingState.PLANNED) {
            throw InvalidInputException.of("publish", "The agenda of a meeting that is "
                    + meeting.getState().label().toLowerCase(Locale.UK) + " cannot be published.");
        }
        Long items = entityManager.createQuery("select count(i) from AgendaItem i where i.meeting = :meeting", Long.class)
                .setParameter("meeting", meeting).getSingleResult();
        if (items == 0) {
            throw InvalidInputException.of("publish", "Add at least one item before publishing the agenda.");
        }
        meeting.publishAgenda(Instant.now());
        saves.write("this meeting");
        return meeting;
    }

    /**
     * The agenda pack as one PDF: the agenda as the caller may see it, then every PDF paper of the
     * items shown, in order.
     */
    public Download pack(long meetingId) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Agenda agenda = read(meetingId);
        List<Long> pdfContent = agenda.entries().stream().flatMap(entry -> entry.papers().stream())
                .filter(paper -> AcceptedTypes.PDF.equals(paper.getMediaType())).map(MeetingPaper::getContentId).toList();
        Map<Long, byte[]> contentById = new HashMap<>();
        if (!pdfContent.isEmpty()) {
            entityManager.createQuery("select c from PaperContent c where c.id in :ids", PaperContent.class)
                    .setParameter("ids", pdfContent).getResultStream()
                    .forEach(content -> contentById.put(content.getId(), content.getBytes()));
        }
        Map<Long, byte[]> byPaper = new HashMap<>();
        agenda.entries().stream().flatMap(entry -> entry.papers().stream())
                .filter(paper -> contentById.containsKey(paper.getContentId()))
                .forEach(paper -> byPaper.put(paper.getId(), contentById.get(paper.getContentId())));
        return Download.pdf("agenda-pack-meeting-" + meetingId, AgendaPack.write(workspace.name(), agenda, byPaper));
    }

    /** The content of a paper the caller may read, as uploaded; its latest version unless a revision is named. */
    public Download download(long paperId, Integer revision) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        MeetingPaper paper = paper(paperId);
        if (paper.getItem().isClosedSession() && !workspace.may(Action.READ_CLOSED_ITEMS)) {
            throw new RecordNotFoundException("No such paper in this workspace.");
        }
        MeetingPaper version = revision == null ? paper : history.<MeetingPaper>snapshotAt(HistoricRecord.MEETING_PAPER,
                paperId, revision).map(snapshot -> snapshot.state())
                .orElseThrow(() -> new RecordNotFoundException("No such version of this paper."));
        PaperContent content = WorkspaceRecords.find(entityManager, PaperContent.class, version.getContentId())
                .orElseThrow(() -> new RecordNotFoundException("No such paper in this workspace."));
        return new Download(UploadedNames.downloadName("paper", paper.getId(), version.getFileName()),
                version.getMediaType(), content.getBytes());
    }

    private void hold(MeetingPaper paper, UploadedFile file) {
        PaperContent content = new PaperContent(file.content());
        entityManager.persist(content);
        entityManager.flush();
        paper.holdFile(file.name(), file.mediaType(), content, file.sha256(), Instant.now());
    }

    private static void copy(AgendaItem from, AgendaItem to) {
        to.setTitle(from.getTitle());
        to.setLead(from.getLead());
        to.setClosedSession(from.isClosedSession());
    }

    private void check(AgendaItem item) {
        Map<String, String> problems = new LinkedHashMap<>(validator.problemsOf(item));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireOrderOpen(Meeting meeting) {
        if (meeting.getState() != MeetingState.PLANNED) {
            throw InvalidInputException.of("title", "The agenda of a meeting that is "
                    + meeting.getState().label().toLowerCase(Locale.UK) + " can no longer be changed.");
        }
    }

    private static void requirePapersOpen(Meeting meeting) {
        if (meeting.getState() == MeetingState.CANCELLED) {
            throw InvalidInputException.of("file", "This meeting has been cancelled, so its papers cannot change.");
        }
    }

    /** The meeting, locked so that two people adding or moving items at once take turns. */
    private Meeting lockedForOrdering(long meetingId) {
        Meeting meeting = meeting(meetingId);
        entityManager.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        requireOrderOpen(meeting);
        return meeting;
    }

    private AgendaItem itemAsShown(Long id, long loadedVersion) {
        AgendaItem stored = item(id);
        saves.requireLoadedVersion(HistoricRecord.AGENDA_ITEM, stored.getId(), stored.getVersion(), loadedVersion,
                "this agenda item");
        return stored;
    }

    private Meeting meeting(long id) {
        return Lookups.meeting(entityManager, id);
    }

    private AgendaItem item(Long id) {
        return Lookups.item(entityManager, id == null ? -1 : id);
    }

    private MeetingPaper paper(long id) {
        return WorkspaceRecords.find(entityManager, MeetingPaper.class, id)
                .orElseThrow(() -> new RecordNotFoundException("No such paper in this workspace."));
    }
}
