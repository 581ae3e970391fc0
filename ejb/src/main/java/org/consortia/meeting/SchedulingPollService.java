package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.CallerLookup;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.text.UkDates;
import org.consortia.validation.InputValidator;

/**
 * Scheduling polls: those who keep meetings propose slots; each representative in office answers
 * yes, if need be or no for each; the poll shows per slot which member organisations could attend
 * and whether the meeting would be quorate; the chosen slot becomes the meeting.
 */
@Stateless
public class SchedulingPollService {

    /** The most slots one poll proposes. */
    public static final int MOST_SLOTS = 20;

    /** The most polls listed at once, newest first. */
    static final int MOST_LISTED = 50;

    /** A slot as typed: its day and UK times. */
    public record SlotDraft(LocalDate day, LocalTime start, LocalTime end) implements Serializable {

        boolean empty() {
            return day == null && start == null && end == null;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    MeetingService meetings;

    @Inject
    InputValidator validator;

    /** The workspace's polls, newest first. */
    public List<SchedulingPoll> polls() {
        access.require(Action.VIEW_WORKSPACE);
        return entityManager.createQuery("select p from SchedulingPoll p left join fetch p.meeting order by p.id desc",
                SchedulingPoll.class).setMaxResults(MOST_LISTED).getResultList();
    }

    /**
     * Proposes a poll of the slots given (empty rows are left out): at least two, at most
     * {@value #MOST_SLOTS}, each wholly given, in the future, ending after it starts, none twice.
     * Problems are reported by field: "title", and "slot-n" for the n-th row (from 0).
     */
    public SchedulingPoll propose(String title, List<SlotDraft> drafts) {
        access.require(Action.MANAGE_MEETINGS);
        SchedulingPoll poll = new SchedulingPoll(title);
        Map<String, String> problems = new LinkedHashMap<>(validator.problemsOf(poll));
        List<PollSlot> slots = new ArrayList<>();
        Set<Instant> starts = new HashSet<>();
        Instant now = Instant.now();
        for (int row = 0; row < drafts.size(); row++) {
            SlotDraft draft = drafts.get(row);
            String field = "slot-" + row;
            if (draft == null || draft.empty()) {
                continue;
            }
            if (draft.day() == null || draft.start() == null || draft.end() == null) {
                problems.put(field, "Enter the day, the start and the end of this time, or leave all three empty.");
                continue;
            }
            PollSlot slot = new PollSlot(poll, draft.day(), draft.start(), draft.end());
            if (!slot.getEndsAt().isAfter(slot.getStartsAt())) {
                problems.put(field, "The meeting must end after it starts.");
            } else if (!slot.getStartsAt().isAfter(now)) {
                problems.put(field, "Propose a time in the future.");
            } else if (!starts.add(slot.getStartsAt())) {
                problems.put(field, "This time is proposed twice.");
            } else {
                slots.add(slot);
            }
        }
        if (slots.size() + problems.keySet().stream().filter(field -> field.startsWith("slot-")).count() < 2) {
            problems.putIfAbsent("slots", "Propose at least two times to choose from.");
        }
        if (slots.size() > MOST_SLOTS) {
            problems.putIfAbsent("slots", "Propose at most " + MOST_SLOTS + " times.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entityManager.persist(poll);
        slots.forEach(entityManager::persist);
        entityManager.flush();
        return poll;
    }

    /** A poll with every answer and, per slot, who could attend and whether it would be quorate. */
    public PollResults read(long pollId) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        List<PollSlot> slots = entityManager.createQuery("select s from PollSlot s join fetch s.poll p"
                        + " left join fetch p.meeting where p.id = :poll order by s.startsAt, s.id", PollSlot.class)
                .setParameter("poll", pollId).getResultList();
        if (slots.isEmpty()) {
            throw new RecordNotFoundException("No such poll in this workspace.");
        }
        SchedulingPoll poll = slots.get(0).getPoll();
        LocalDate today = LocalDate.now(UkDates.LONDON);
        List<Representative> inOffice = representatives.inOfficeOn(today);
        Map<String, PollChoice> answers = new HashMap<>();
        Map<Long, List<PollAnswer>> bySlot = new HashMap<>();
        entityManager.createQuery("select a from PollAnswer a where a.slot.poll = :poll", PollAnswer.class)
                .setParameter("poll", poll).getResultStream().forEach(answer -> {
                    answers.put(PollResults.key(answer.getSlot().getId(), answer.getRepresentative().getId()),
                            answer.getChoice());
                    bySlot.computeIfAbsent(answer.getSlot().getId(), key -> new ArrayList<>()).add(answer);
                });
        Object[] counting = entityManager.createQuery("select r, (select count(m) from Membership m"
                        + " where m.joinedOn <= :day and (m.leftOn is null or m.leftOn > :day)) from Partnership p"
                        + " left join MeetingRules r on r.partnershipId = p.id where p.id = :workspace", Object[].class)
                .setParameter("day", today)
                .setParameter("workspace", CurrentWorkspace.tenant())
                .getSingleResult();
        MeetingRules rules = counting[0] == null ? new MeetingRules() : (MeetingRules) counting[0];
        int members = ((Number) counting[1]).intValue();
        Map<Long, Representative> byId = new HashMap<>();
        inOffice.forEach(representative -> byId.put(representative.getId(), representative));
        List<PollResults.SlotResult> results = new ArrayList<>();
        for (PollSlot slot : slots) {
            int yes = 0;
            int ifNeedBe = 0;
            int no = 0;
            Set<Long> organisations = new HashSet<>();
            Set<String> names = new TreeSet<>();
            for (PollAnswer answer : bySlot.getOrDefault(slot.getId(), List.of())) {
                Representative representative = byId.get(answer.getRepresentative().getId());
                if (representative == null) {
                    continue;
                }
                switch (answer.getChoice()) {
                    case YES -> yes++;
                    case IF_NEED_BE -> ifNeedBe++;
                    case NO -> no++;
                }
                if (answer.getChoice().couldAttend() && representative.getRole() != WorkspaceRole.OBSERVER
                        && organisations.add(representative.getMembership().getId())) {
                    names.add(representative.getMembership().getOrganisation().getName());
                }
            }
            results.add(new PollResults.SlotResult(slot, yes, ifNeedBe, no, List.copyOf(names),
                    new Quorum(members, rules.quorumOf(members), organisations.size())));
        }
        Long own = inOffice.stream().filter(representative -> representative.getAccount().getId()
                == callers.current().accountId()).map(Representative::getId).findFirst().orElse(null);
        return new PollResults(poll, results, inOffice, answers, own, poll.isOpen() && own != null,
                poll.isOpen() && workspace.may(Action.MANAGE_MEETINGS));
    }

    /**
     * Saves the caller's answers, slot by slot (a slot left unanswered keeps no answer), as a
     * representative in office; answers of one poll are saved one person at a time.
     */
    public void answer(long pollId, Map<Long, PollChoice> choices) {
        access.requireParticipant();
        SchedulingPoll poll = lockedOpenPoll(pollId);
        Representative own = representatives.inOfficeOn(LocalDate.now(UkDates.LONDON)).stream()
                .filter(representative -> representative.getAccount().getId() == callers.current().accountId())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only representatives in office answer the poll."));
        Map<Long, PollSlot> slots = new HashMap<>();
        entityManager.createQuery("select s from PollSlot s where s.poll = :poll", PollSlot.class)
                .setParameter("poll", poll).getResultStream().forEach(slot -> slots.put(slot.getId(), slot));
        if (!slots.keySet().containsAll(choices.keySet())) {
            throw new RecordNotFoundException("No such time in this poll.");
        }
        Map<Long, PollAnswer> mine = new HashMap<>();
        entityManager.createQuery("select a from PollAnswer a where a.slot.poll = :poll and a.representative = :own",
                        PollAnswer.class)
                .setParameter("poll", poll).setParameter("own", own).getResultStream()
                .forEach(answer -> mine.put(answer.getSlot().getId(), answer));
        choices.forEach((slotId, choice) -> {
            PollAnswer answer = mine.get(slotId);
            if (choice == null) {
                if (answer != null) {
                    entityManager.remove(answer);
                }
            } else if (answer == null) {
                entityManager.persist(new PollAnswer(slots.get(slotId), own, choice));
            } else {
                answer.setChoice(choice);
            }
        });
        entityManager.flush();
    }

    /**
     * Turns a slot of an open poll into a planned meeting, titled as the poll, with where it is held
     * or how to join it from {@code details}; the poll closes with it.
     */
    public Meeting schedule(long pollId, long slotId, Meeting details) {
        access.require(Action.MANAGE_MEETINGS);
        SchedulingPoll poll = lockedOpenPoll(pollId);
        PollSlot slot = WorkspaceRecords.find(entityManager, PollSlot.class, slotId)
                .filter(found -> found.getPoll().equals(poll))
                .orElseThrow(() -> new RecordNotFoundException("No such time in this poll."));
        if (!slot.getStartsAt().isAfter(Instant.now())) {
            throw InvalidInputException.of("slot", "That time has passed: choose a time still to come.");
        }
        Meeting draft = new Meeting();
        draft.setTitle(poll.getTitle());
        draft.scheduleOn(slot.day(), slot.startTime(), slot.endTime());
        draft.setVenue(details.getVenue());
        draft.setJoiningDetails(details.getJoiningDetails());
        draft.setOpenToPublic(details.isOpenToPublic());
        Meeting meeting = meetings.schedule(draft);
        poll.scheduled(meeting);
        entityManager.flush();
        return meeting;
    }

    private SchedulingPoll lockedOpenPoll(long pollId) {
        SchedulingPoll poll = WorkspaceRecords.find(entityManager, SchedulingPoll.class, pollId)
                .orElseThrow(() -> new RecordNotFoundException("No such poll in this workspace."));
        entityManager.refresh(poll, LockModeType.PESSIMISTIC_WRITE);
        if (!poll.isOpen()) {
            throw InvalidInputException.of("poll", "This poll has closed: the meeting was scheduled from it.");
        }
        return poll;
    }
}
