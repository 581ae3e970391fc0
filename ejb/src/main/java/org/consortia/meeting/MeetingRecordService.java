package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoricRecord;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.text.UkDates;
import org.consortia.validation.InputValidator;

/**
 * The record of a meeting: attendance with substitutes, observers and guests, declarations of
 * interest with withdrawals, and decisions, with the quorum worked out from them. Everyone in the
 * workspace reads it (observers without the items taken in closed session); the chair, vice-chair and
 * secretariat keep it. A decision on an inquorate item is refused unless recorded as noted, not decided.
 */
@Stateless
public class MeetingRecordService {

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

    /** The meeting's record as the caller may see it; another workspace's meeting is "not found". */
    public MeetingRecord read(long meetingId) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Meeting meeting = meeting(meetingId);
        List<Attendance> attendance = attendanceOf(meeting);
        RulesAndMembers counting = countingFor(meeting);
        boolean readsClosed = workspace.may(Action.READ_CLOSED_ITEMS);
        // The items with their declarations and decisions in one read: a page reads little.
        Map<AgendaItem, List<Declaration>> declarations = new LinkedHashMap<>();
        Map<AgendaItem, Decision> decisions = new LinkedHashMap<>();
        entityManager.createQuery("select i, d, c from AgendaItem i left join Declaration d on d.item = i"
                        + " left join Decision c on c.item = i where i.meeting = :meeting order by i.position, i.id, d.id",
                        Object[].class)
                .setParameter("meeting", meeting).getResultStream().forEach(row -> {
                    AgendaItem item = (AgendaItem) row[0];
                    List<Declaration> declared = declarations.computeIfAbsent(item, key -> new ArrayList<>());
                    if (row[1] instanceof Declaration declaration && !declared.contains(declaration)) {
                        declared.add(declaration);
                    }
                    if (row[2] instanceof Decision decision) {
                        decisions.put(item, decision);
                    }
                });
        List<MeetingRecord.ItemRecord> itemRecords = new ArrayList<>();
        declarations.forEach((item, declared) -> {
            if (readsClosed || !item.isClosedSession()) {
                itemRecords.add(new MeetingRecord.ItemRecord(item, List.copyOf(declared), decisions.get(item),
                        Quorum.of(counting.rules(), counting.members(), attendance, withdrawnFrom(declared))));
            }
        });
        List<MeetingGuest> guests = entityManager.createQuery("select g from MeetingGuest g where g.meeting = :meeting"
                + " order by g.id", MeetingGuest.class).setParameter("meeting", meeting).getResultList();
        return new MeetingRecord(meeting, attendance, guests,
                Quorum.of(counting.rules(), counting.members(), attendance, Set.of()), itemRecords,
                workspace.may(Action.MANAGE_MEETINGS), !meeting.getStartsAt().isAfter(Instant.now()));
    }

    /**
     * Records attendance for the representatives given, each over the version the form was shown;
     * refuses a substitute for someone who was present, and anyone not in office on the day.
     */
    public void recordAttendance(long meetingId, List<AttendanceEntry> entries) {
        access.require(Action.MANAGE_MEETINGS);
        Meeting meeting = open(MeetingLocks.lockedMeeting(entityManager, meetingId).getId());
        Map<Long, Attendance> recorded = attendanceOf(meeting).stream()
                .collect(Collectors.toMap(row -> row.getRepresentative().getId(), Function.identity()));
        Map<String, String> problems = new LinkedHashMap<>();
        List<Attendance> unsaved = new ArrayList<>();
        for (AttendanceEntry entry : entries) {
            Attendance row = recorded.get(entry.representativeId());
            if (row == null) {
                throw new RecordNotFoundException("No such representative in office on the day of this meeting.");
            }
            if (row.getId() != null) {
                saves.requireLoadedVersion(HistoricRecord.ATTENDANCE, row.getId(), row.getVersion(),
                        entry.loadedVersion() == null ? -1 : entry.loadedVersion(), "this attendance");
            } else if (entry.loadedVersion() != null) {
                throw new RecordNotFoundException("No such attendance in this workspace.");
            }
            row.setStatus(entry.status() == null ? AttendanceStatus.ABSENT : entry.status());
            row.setSubstitute(entry.substitute());
            String field = "substitute-" + entry.representativeId();
            validator.problemsOf(row).forEach((property, message) -> problems.putIfAbsent(field, message));
            if (row.getStatus() == AttendanceStatus.PRESENT && row.getSubstitute() != null) {
                problems.putIfAbsent(field, row.getRepresentative().getAccount().getName()
                        + " was present, so nobody attended in their place: leave the substitute empty.");
            }
            if (row.getId() == null) {
                unsaved.add(row);
            }
        }
        // Every line checked before any is written: a new row is validated as it is inserted.
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        unsaved.forEach(entityManager::persist);
        saves.write("the attendance");
    }

    /** Records an observer or guest, who does not count towards the quorum. */
    public MeetingGuest addGuest(long meetingId, MeetingGuest draft) {
        access.require(Action.MANAGE_MEETINGS);
        MeetingGuest guest = new MeetingGuest(open(meetingId));
        guest.setName(draft.getName());
        guest.setCapacity(draft.getCapacity());
        check(guest);
        entityManager.persist(guest);
        entityManager.flush();
        return guest;
    }

    public void removeGuest(long guestId) {
        access.require(Action.MANAGE_MEETINGS);
        MeetingGuest guest = WorkspaceRecords.find(entityManager, MeetingGuest.class, guestId)
                .orElseThrow(() -> new RecordNotFoundException("No such guest in this workspace."));
        open(guest.getMeeting().getId());
        entityManager.remove(guest);
        entityManager.flush();
    }

    /** Records an interest declared on an item by someone who attended, and whether they withdrew. */
    public Declaration declare(long itemId, long attendanceId, String nature, boolean withdrew) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = item(itemId);
        open(item.getMeeting().getId());
        Attendance declarer = WorkspaceRecords.find(entityManager, Attendance.class, attendanceId)
                .filter(row -> row.getMeeting().equals(item.getMeeting()) && row.attended())
                .orElseThrow(() -> InvalidInputException.of("declaredBy",
                        "Choose someone who attended the meeting, with their attendance saved."));
        Declaration declaration = new Declaration(item, declarer);
        declaration.setNature(nature);
        declaration.setWithdrew(withdrew);
        check(declaration);
        entityManager.persist(declaration);
        entityManager.flush();
        return declaration;
    }

    public void removeDeclaration(long declarationId) {
        access.require(Action.MANAGE_MEETINGS);
        Declaration declaration = WorkspaceRecords.find(entityManager, Declaration.class, declarationId)
                .orElseThrow(() -> new RecordNotFoundException("No such declaration in this workspace."));
        open(declaration.getItem().getMeeting().getId());
        entityManager.remove(declaration);
        entityManager.flush();
    }

    /**
     * Records the decision on an item, or changes it over the version the caller was shown, once the
     * meeting has started. While the item is inquorate, only "noted, not decided" is accepted.
     */
    public Decision recordDecision(long itemId, Decision draft, Long loadedVersion) {
        access.require(Action.MANAGE_MEETINGS);
        AgendaItem item = item(itemId);
        Meeting meeting = open(MeetingLocks.lockedMeeting(entityManager, item.getMeeting().getId()).getId());
        if (meeting.getStartsAt().isAfter(Instant.now())) {
            throw InvalidInputException.of("resolution", "Decisions are recorded once the meeting has started.");
        }
        Decision decision = entityManager.createQuery("select d from Decision d where d.item = :item", Decision.class)
                .setParameter("item", item).getResultStream().findFirst().orElse(null);
        if (decision == null) {
            if (loadedVersion != null) {
                throw new RecordNotFoundException("No such decision in this workspace.");
            }
            decision = new Decision(item);
        } else {
            saves.requireLoadedVersion(HistoricRecord.DECISION, decision.getId(), decision.getVersion(),
                    loadedVersion == null ? -1 : loadedVersion, "this decision");
        }
        decision.setResolution(draft.getResolution());
        decision.setNotedNotDecided(draft.isNotedNotDecided());
        boolean voted = !draft.isNotedNotDecided() && draft.getMethod() == DecisionMethod.VOTE;
        decision.setMethod(draft.isNotedNotDecided() ? null : draft.getMethod());
        decision.setVotesFor(voted ? draft.getVotesFor() : null);
        decision.setVotesAgainst(voted ? draft.getVotesAgainst() : null);
        decision.setAbstentions(voted ? draft.getAbstentions() : null);
        Quorum quorum = itemQuorum(item);
        decision.setQuorateWhenRecorded(quorum.quorate());
        Map<String, String> problems = new LinkedHashMap<>(validator.problemsOf(decision));
        if (!quorum.quorate() && !decision.isNotedNotDecided()) {
            problems.putIfAbsent("notedNotDecided", quorum.inWords() + " No decision can be taken: record the item as"
                    + " noted, not decided, or correct the attendance.");
        }
        if (!decision.isNotedNotDecided() && decision.getMethod() == null) {
            problems.putIfAbsent("method", "Choose how the decision was reached.");
        }
        if (voted) {
            for (String field : List.of("votesFor", "votesAgainst", "abstentions")) {
                Integer votes = switch (field) {
                    case "votesFor" -> decision.getVotesFor();
                    case "votesAgainst" -> decision.getVotesAgainst();
                    default -> decision.getAbstentions();
                };
                if (votes == null) {
                    problems.putIfAbsent(field, "Enter a number of votes from 0 to 500.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (decision.getId() == null) {
            entityManager.persist(decision);
        }
        saves.write("this decision");
        return decision;
    }

    private Quorum itemQuorum(AgendaItem item) {
        Meeting meeting = item.getMeeting();
        List<Declaration> declared = entityManager.createQuery("select d from Declaration d where d.item = :item",
                Declaration.class).setParameter("item", item).getResultList();
        RulesAndMembers counting = countingFor(meeting);
        return Quorum.of(counting.rules(), counting.members(), attendanceOf(meeting), withdrawnFrom(declared));
    }

    private static Set<Long> withdrawnFrom(List<Declaration> declarations) {
        return declarations.stream().filter(Declaration::isWithdrew)
                .map(declaration -> declaration.getDeclaredBy().getId()).collect(Collectors.toSet());
    }

    /**
     * Attendance of everyone who held office on the meeting's day (as the membership count has the
     * organisations of that day), recorded or not yet (then absent and unsaved), with anyone recorded
     * who has since left office.
     */
    private List<Attendance> attendanceOf(Meeting meeting) {
        Map<Long, Attendance> byRepresentative = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(UkDates.LONDON);
        for (Representative representative : representatives.all()) {
            if (representative.heldOfficeOn(meeting.day(), today, UkDates.LONDON)) {
                byRepresentative.put(representative.getId(), new Attendance(meeting, representative));
            }
        }
        entityManager.createQuery("select a from Attendance a where a.meeting = :meeting", Attendance.class)
                .setParameter("meeting", meeting).getResultStream()
                .forEach(row -> byRepresentative.put(row.getRepresentative().getId(), row));
        return List.copyOf(byRepresentative.values());
    }

    /** The rules in force (or the defaults) and how many organisations were members on the meeting's day. */
    private record RulesAndMembers(MeetingRules rules, int members) {
    }

    private RulesAndMembers countingFor(Meeting meeting) {
        LocalDate day = meeting.day();
        Object[] row = entityManager.createQuery("select r, (select count(m) from Membership m where m.joinedOn <= :day"
                        + " and (m.leftOn is null or m.leftOn > :day)) from Partnership p"
                        + " left join MeetingRules r on r.partnershipId = p.id where p.id = :workspace", Object[].class)
                .setParameter("day", day)
                .setParameter("workspace", CurrentWorkspace.tenant())
                .getSingleResult();
        return new RulesAndMembers(row[0] == null ? new MeetingRules() : (MeetingRules) row[0],
                ((Number) row[1]).intValue());
    }

    private void check(Object record) {
        Map<String, String> problems = validator.problemsOf(record);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The meeting, refused once cancelled or once its minutes are approved. */
    private Meeting open(long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getState() == MeetingState.CANCELLED || meeting.getState() == MeetingState.MINUTES_APPROVED) {
            throw InvalidInputException.of("meeting", "This meeting is "
                    + meeting.getState().label().toLowerCase(Locale.UK) + ", so its record can no longer change.");
        }
        return meeting;
    }

    private Meeting meeting(long id) {
        return Lookups.meeting(entityManager, id);
    }

    private AgendaItem item(long id) {
        return Lookups.item(entityManager, id);
    }
}
