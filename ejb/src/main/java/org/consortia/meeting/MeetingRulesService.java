package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.validation.ConstraintViolations;
import org.consortia.validation.InputValidator;

/**
 * The rules the workspace's meetings are held to: everyone in the workspace reads them; its chair,
 * vice-chair or officer representative sets them. Each change is kept in the history.
 */
@Stateless
public class MeetingRulesService {

    private static final long NONE_LOADED = -1;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    OptimisticSave saves;

    @Inject
    RulesInForce rulesInForce;

    /** The rules in force: those set, or the defaults until someone sets them. */
    public RulesView current() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        MeetingRules stored = stored();
        return new RulesView(stored == null ? new MeetingRules() : stored, stored != null,
                workspace.may(Action.SET_MEETING_RULES));
    }

    /**
     * Saves the rules over the version the caller was shown (none, for the defaults), refusing what
     * does not add up and an edit of rules someone else saved meanwhile; nothing changes then.
     */
    public MeetingRules save(MeetingRules edited) {
        access.require(Action.SET_MEETING_RULES);
        check(edited);
        MeetingRules stored = stored();
        if (stored == null) {
            if (edited.getId() != null) {
                throw new ConcurrentEditException("These rules are no longer on record. Your changes have not been saved.");
            }
            return create(edited);
        }
        // Someone who was shown the defaults loaded no version: rules set since are a conflict too.
        long loadedVersion = edited.getId() == null ? NONE_LOADED : edited.getVersion();
        saves.requireLoadedVersion(HistoricRecord.MEETING_RULES, stored.getId(), stored.getVersion(), loadedVersion,
                "the meeting rules");
        copy(edited, stored);
        saves.write("the meeting rules");
        return stored;
    }

    /** The first rules of the workspace; two people setting them at once both insert, and one loses. */
    private MeetingRules create(MeetingRules rules) {
        try {
            entityManager.persist(rules);
            entityManager.flush();
        } catch (PersistenceException clash) {
            if (!ConstraintViolations.causedBy(clash)) {
                throw clash;
            }
            throw new ConcurrentEditException("Someone else set the meeting rules at the same moment."
                    + " Your changes have not been saved.");
        }
        return rules;
    }

    private MeetingRules stored() {
        return rulesInForce.stored().orElse(null);
    }

    /** The field rules first, then the rules between fields, all reported at once. */
    private void check(MeetingRules rules) {
        Map<String, String> problems = validator.problemsOf(rules);
        if (rules.getQuorumKind() == QuorumKind.NUMBER && rules.getQuorumNumber() == null) {
            problems.putIfAbsent("quorumNumber", "Enter how many member organisations make a quorum.");
        }
        if (rules.getQuorumKind() == QuorumKind.FRACTION) {
            if (rules.getQuorumNumerator() == null || rules.getQuorumDenominator() == null) {
                problems.putIfAbsent("quorumNumerator", "Enter the fraction of member organisations, like 1 in 2.");
            } else if (rules.getQuorumNumerator() > rules.getQuorumDenominator()) {
                problems.putIfAbsent("quorumNumerator", "The fraction cannot be more than all of the member"
                        + " organisations: enter a first number no larger than the second.");
            }
        }
        if (rules.getMeetingDays().isEmpty()) {
            problems.putIfAbsent("meetingDays", "Choose at least one day on which meetings may be held.");
        }
        if (rules.getEarliestStart() != null && rules.getLatestEnd() != null
                && !rules.getEarliestStart().isBefore(rules.getLatestEnd())) {
            problems.putIfAbsent("latestEnd", "The latest end must be after the earliest start.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void copy(MeetingRules from, MeetingRules to) {
        to.setQuorumKind(from.getQuorumKind());
        to.setQuorumNumber(from.getQuorumNumber());
        to.setQuorumNumerator(from.getQuorumNumerator());
        to.setQuorumDenominator(from.getQuorumDenominator());
        to.setMinimumMeetings(from.getMinimumMeetings());
        to.setMeetingDays(from.getMeetingDays());
        to.setEarliestStart(from.getEarliestStart());
        to.setLatestEnd(from.getLatestEnd());
        to.setAgendaNoticeDays(from.getAgendaNoticeDays());
    }
}
