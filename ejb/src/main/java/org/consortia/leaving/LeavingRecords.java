package org.consortia.leaving;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.chain.ChainPeople;
import org.consortia.chain.ChainRecords;
import org.consortia.chain.CycleDeadlines;
import org.consortia.chain.NumberedForms;
import org.consortia.chain.StepRows;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormPdf;
import org.consortia.forms.FormRecords;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.text.UkDates;

/**
 * The leaving of the partnership the current workspace is set to, for a caller the facade has
 * identified: the decision and the exit report. Each call is a transaction of its own, opened under
 * the partnership's tenant, and checks who the caller is to this partnership first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeavingRecords {

    static final String REPORT = "exit-report";
    /** What must be answered before the report is submitted: the partnership, the decision, the end and why. */
    private static final List<String> REQUIRED = List.of("1", "2", "3", "4");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormRecords records;

    @Inject
    ChainRecords chain;

    private ChainPeople readablePeople(Caller caller, long partnershipId) {
        // The council's decisions and reports on leaving are not its partners' to read here.
        return chain.readablePeople(caller, partnershipId, "No such partnership.");
    }

    public Leaving read(Caller caller, long partnershipId) {
        ChainPeople people = readablePeople(caller, partnershipId);
        Partnership partnership = entityManager.find(Partnership.class, partnershipId);
        ExitDecision decision = partnership.getExitDecidedOn() == null ? null
                : new ExitDecision(partnership.getExitDecidedOn(), partnership.getExitDecidedBy(),
                        partnership.getExitReason(), partnership.getInvolvementEndsOn());
        NumberedForms forms = chain.numbered(REPORT, null, "No such exit report.");
        FormContents report = records.contents(REPORT, forms.shown());
        List<FormStep> steps = forms.shownSteps();
        ExitReportStep current = forms.shown() == null ? null
                : ExitReportStep.after(steps.stream().map(FormStep::getOutcome).toList());
        List<DecidingBody> mayRecordFor = decision == null && people.stage() == LifecycleStage.PERFORMING
                ? bodiesRecordedBy(caller) : List.of();
        boolean mayStart = decision != null && forms.shown() == null && people.mayDraft(caller);
        boolean mayEdit = current == ExitReportStep.WRITING && people.mayDraft(caller);
        List<StepOutcome> mayDecide = current == ExitReportStep.RECEIVED && people.mayTake(caller, current, steps)
                ? current.outcomes() : List.of();
        return new Leaving(partnershipId, people.name(), people.stage(), decision,
                decision == null ? null : CycleDeadlines.exitReportDue(decision.decidedOn()), report, steps, current,
                mayRecordFor, mayStart, mayEdit, mayDecide);
    }

    /**
     * The bodies whose decision the caller may record: the Executive its own, or full Council's where
     * the decision has Constitutional implications; the Head of Strategy & Partnerships full Council's.
     */
    private static List<DecidingBody> bodiesRecordedBy(Caller caller) {
        if (!caller.may(Action.RECORD_EXIT_DECISION)) {
            return List.of();
        }
        return caller.councilRoles().contains(CouncilRole.EXECUTIVE) ? List.of(DecidingBody.values())
                : List.of(DecidingBody.FULL_COUNCIL);
    }

    /**
     * Records the Executive's (or full Council's) decision that the Council's involvement ends: the
     * partnership is ending until the day involvement ends, and ended from then (at once, if that day
     * has come). Refused, with the reason beside each field, where anything is missing or the dates
     * are impossible; once only.
     */
    public Leaving recordDecision(Caller caller, long partnershipId, LocalDate decidedOn, DecidingBody by,
            ExitReason reason, LocalDate endsOn) {
        readablePeople(caller, partnershipId);
        if (!caller.may(Action.RECORD_EXIT_DECISION)) {
            throw new AccessDeniedException("Only the Executive, or the Head of Strategy & Partnerships for a decision of"
                    + " full Council, records the decision that the Council's involvement ends.");
        }
        LocalDate today = LocalDate.now(UkDates.LONDON);
        Map<String, String> problems = new LinkedHashMap<>();
        if (decidedOn == null) {
            problems.put("decidedOn", "Enter the day the decision was taken.");
        } else if (decidedOn.isAfter(today)) {
            problems.put("decidedOn", "The decision has to have been taken: enter a day no later than today.");
        } else if (decidedOn.isBefore(today.minusYears(5))) {
            problems.put("decidedOn", "Enter a day within the last five years.");
        }
        if (by == null) {
            problems.put("decidedBy", "Choose who took the decision.");
        } else if (!bodiesRecordedBy(caller).contains(by)) {
            problems.put("decidedBy", "Only the Executive records its own decisions: choose Full Council, or ask the"
                    + " Executive to record this one.");
        }
        if (reason == null) {
            problems.put("reason", "Choose why the Council's involvement ends.");
        }
        if (endsOn == null) {
            problems.put("endsOn", "Enter the day the Council's active involvement ends.");
        } else if (decidedOn != null && endsOn.isBefore(decidedOn)) {
            problems.put("endsOn", "Involvement ends on or after the day of the decision.");
        } else if (endsOn.isAfter(today.plusYears(5))) {
            problems.put("endsOn", "Enter a day within the next five years.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        chain.lock(partnershipId);
        Partnership partnership = entityManager.find(Partnership.class, partnershipId);
        entityManager.refresh(partnership);
        if (partnership.getExitDecidedOn() != null) {
            throw new ConcurrentEditException("The decision that the Council's involvement ends has been recorded"
                    + " already.");
        }
        if (partnership.getStage() != LifecycleStage.PERFORMING) {
            throw new AccessDeniedException("The Council is not in this partnership: there is no involvement to end.");
        }
        partnership.decideToLeave(decidedOn, by, reason, endsOn, today);
        entityManager.flush();
        return read(caller, partnershipId);
    }

    /** Starts the exit report once the decision is recorded, with what the decision already says filled in. */
    public Leaving start(Caller caller, long partnershipId) {
        ChainPeople people = readablePeople(caller, partnershipId);
        people.requireDrafter(caller, "completes its exit report");
        chain.lock(partnershipId);
        Leaving now = read(caller, partnershipId);
        if (now.decision() == null) {
            throw new AccessDeniedException("The exit report follows the decision that the Council's involvement ends.");
        }
        if (now.started()) {
            throw new ConcurrentEditException("The exit report has been started already.");
        }
        FormContents started = records.startFirst(REPORT);
        started.answer("1").setValue(people.name());
        started.answer("2").setValue(now.decision().decidedOn().toString());
        started.answer("3").setValue(now.decision().endsOn().toString());
        started.answer("4").setValue(now.decision().reason().label() + ".");
        entityManager.flush();
        return read(caller, partnershipId);
    }

    public FormContents save(Caller caller, long partnershipId, List<AnswerEdit> edits) {
        ChainPeople people = readablePeople(caller, partnershipId);
        return chain.saveUnderLock(partnershipId, REPORT, edits,
                () -> requireWriting(caller, people, records.stored(REPORT).form()));
    }

    private static void requireWriting(Caller caller, ChainPeople people, FilledForm form) {
        people.requireDrafter(caller, "completes its exit report");
        if (form.getId() == null) {
            throw new AccessDeniedException("The exit report has not been started.");
        }
        if (!form.getState().open()) {
            throw new AccessDeniedException("The exit report has been submitted to the Corporate Management Team and is"
                    + " kept as it was.");
        }
    }

    /** The officer submits the report to the Corporate Management Team, once the decision's details are answered. */
    public Leaving submit(Caller caller, long partnershipId, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        chain.lock(partnershipId);
        FormContents report = records.stored(REPORT);
        requireWriting(caller, people, report.form());
        if (REQUIRED.stream().anyMatch(question -> report.answer(question).getValue() == null)) {
            throw InvalidInputException.of("submit", "Answer questions 1 to 4 (the partnership, the decision, when"
                    + " involvement ended and why) before submitting the report.");
        }
        chain.record(caller, chain.locked(report.form()), ExitReportStep.WRITING, StepOutcome.SUBMITTED, comments);
        return read(caller, partnershipId);
    }

    /** The Corporate Management Team's comments on the report received. */
    public Leaving comment(Caller caller, long partnershipId, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        FormContents report = records.stored(REPORT);
        if (report.form().getId() == null) {
            throw new RecordNotFoundException("This partnership has no exit report yet.");
        }
        chain.takeStep(caller, people, report.form(), ExitReportStep.RECEIVED, StepOutcome.COMMENTED, comments,
                ExitReportStep::after, "The exit report");
        return read(caller, partnershipId);
    }

    public List<HistoryEntry> history(Caller caller, long partnershipId) {
        readablePeople(caller, partnershipId);
        return chain.history(REPORT, null);
    }

    public byte[] exportPdf(Caller caller, long partnershipId) {
        Leaving leaving = read(caller, partnershipId);
        if (!leaving.started()) {
            throw new RecordNotFoundException("No exit report has been started.");
        }
        ExitDecision decision = leaving.decision();
        return FormPdf.write(leaving.partnershipName(), leaving.report(), List.of("Decided by the "
                        + decision.decidedBy().label() + " on " + UkDates.day(decision.decidedOn())
                        + "; involvement ends on " + UkDates.day(decision.endsOn()) + "; the report is due by "
                        + UkDates.day(leaving.exitReportDue()) + "."), "Submission and comments",
                StepRows.of(leaving.steps(), ExitReportStep::valueOf), null, Map.of());
    }
}
