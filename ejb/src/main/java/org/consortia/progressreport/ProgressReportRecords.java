package org.consortia.progressreport;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.chain.ChainPeople;
import org.consortia.chain.ChainRecords;
import org.consortia.chain.NumberedForms;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormRecords;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.partnership.LifecycleStage;

/**
 * The progress reports of the partnership the current workspace is set to, for a caller the facade
 * has identified. Each call is a transaction of its own, opened under the partnership's tenant; each
 * checks who the caller is to this partnership before reading or changing anything.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProgressReportRecords {

    static final String REPORT = "progress-report";
    /** The section asked only where the Council contributes financially (section 8). */
    static final String FINANCES = "Monitoring of the finances of the partnership";
    /** The answers that are new each period: the rest are carried over from the last report to update. */
    private static final List<String> NEW_EACH_PERIOD = List.of("achievements", "finances");
    /** What must be answered before a report is sent on. */
    private static final List<String> REQUIRED = List.of("name", "officer", "achievements");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormRecords records;

    @Inject
    ChainRecords chain;

    private ChainPeople readablePeople(Caller caller, long partnershipId) {
        // The council's reports on its partnerships are not its partners' to know of.
        return chain.readablePeople(caller, partnershipId, "No such progress report.");
    }

    /** The newest report, or the one with this number when {@code number} is not null. */
    public ProgressReport read(Caller caller, long partnershipId, Integer number) {
        ChainPeople people = readablePeople(caller, partnershipId);
        NumberedForms forms = chain.numbered(REPORT, number, "No such progress report.");
        FilledForm shown = forms.shown();
        FormContents report = asked(people, records.contents(REPORT, shown));
        List<FormStep> steps = forms.shownSteps();
        ProgressReportStep current = shown == null ? null
                : ProgressReportStep.after(steps.stream().map(FormStep::getOutcome).toList());
        List<ProgressReport.Made> made = forms.all().stream()
                .map(form -> ProgressReport.Made.of(form, forms.stepsOf(form))).toList();
        boolean newest = forms.showsNewest();
        boolean mayEdit = shown != null && newest && current == ProgressReportStep.WRITING && people.mayDraft(caller);
        List<StepOutcome> mayDecide = current != null && current != ProgressReportStep.WRITING
                && (newest || current == ProgressReportStep.RECEIVED)
                && people.mayTake(caller, current, steps) ? current.outcomes() : List.of();
        boolean inHandReceived = made.isEmpty() || made.get(made.size() - 1).received();
        ReportingPeriod next = nextPeriod(people, forms.all());
        boolean mayStart = next != null && inHandReceived && people.mayDraft(caller);
        List<String> subGroups = entityManager.createQuery("select p.name from Partnership p where p.parent.id = :id"
                + " order by p.name", String.class).setParameter("id", partnershipId).getResultList();
        return new ProgressReport(partnershipId, people.name(), people.stage(), people.parentName(), subGroups,
                people.councilContributes(), report, steps, current, mayEdit, mayDecide, made, next, mayStart);
    }

    /** The period of the next report, or null where the partnership makes none now. */
    private static ReportingPeriod nextPeriod(ChainPeople people, List<FilledForm> forms) {
        if (people.parentName() != null || people.councilEnteredOn() == null || !people.stage().councilIsIn()) {
            return null;
        }
        FilledForm last = forms.isEmpty() ? null : forms.get(forms.size() - 1);
        return ReportingPeriod.next(people.councilEnteredOn(), people.frequency(),
                last == null ? null : last.getPeriodEnd());
    }

    /** The report's questions as its partnership is asked them: its finances only where the Council contributes. */
    private static FormContents asked(ChainPeople people, FormContents report) {
        return people.councilContributes() ? report : report.without(FINANCES);
    }

    /** Starts the next report, once the one in hand has been received, for its period; what stays true is carried over. */
    public ProgressReport start(Caller caller, long partnershipId) {
        ChainPeople people = readablePeople(caller, partnershipId);
        people.requireDrafter(caller, "starts its progress report");
        chain.lock(partnershipId);
        ProgressReport now = read(caller, partnershipId, null);
        if (now.next() == null) {
            throw new AccessDeniedException(people.parentName() != null
                    ? "This partnership is a sub-group of " + people.parentName() + ": it reports through it."
                    : people.stage() == LifecycleStage.ENDED ? "The council's involvement in this partnership has ended."
                    : "Progress reports start once the Council has entered the partnership and it is performing.");
        }
        if (!now.mayStart()) {
            throw new ConcurrentEditException("The report in hand has not been received yet: it is the one to work on.");
        }
        FormContents previous = records.stored(REPORT);
        FormContents started = previous.form().getId() == null ? records.startFirst(REPORT) : records.startNext(previous);
        started.form().reportsOn(now.next().start(), now.next().end());
        if (previous.form().getId() != null) {
            NEW_EACH_PERIOD.forEach(question -> started.answer(question).setValue(null));
        }
        if (started.answer("name").getValue() == null) {
            started.answer("name").setValue(people.name());
        }
        if (started.answer("officer").getValue() == null && people.officerName() != null) {
            started.answer("officer").setValue(people.officerName());
        }
        entityManager.flush();
        return read(caller, partnershipId, null);
    }

    /** Saves answers to the report in hand while it is with its writer. */
    public FormContents save(Caller caller, long partnershipId, List<AnswerEdit> edits) {
        ChainPeople people = readablePeople(caller, partnershipId);
        // Under the lock before the form is read, or a report submitted meanwhile would look open still.
        chain.lock(partnershipId);
        FormContents asked = asked(people, records.stored(REPORT));
        for (AnswerEdit edit : edits) {
            if (asked.template().question(edit.question()).isEmpty()) {
                throw InvalidInputException.of("answer-" + edit.question() + ".value", "This report has no such question.");
            }
        }
        return asked(people, chain.saveUnderLock(partnershipId, REPORT, edits,
                () -> requireWriting(caller, people, records.stored(REPORT).form())));
    }

    private static void requireWriting(Caller caller, ChainPeople people, FilledForm form) {
        people.requireDrafter(caller, "writes its progress report");
        if (form.getId() == null) {
            throw new AccessDeniedException("No progress report has been started: start the first one.");
        }
        if (!form.getState().open()) {
            throw new AccessDeniedException(form.getState() == FormState.SUBMITTED
                    ? "The report is with the Head of Service: it can be changed again only if it is returned."
                    : "The report has been received by the Corporate Management Team and the Portfolio Holder, and is"
                    + " kept as it was.");
        }
    }

    /** The writer sends the report in hand to the Head of Service, once its essentials are answered. */
    public ProgressReport submit(Caller caller, long partnershipId, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        chain.lock(partnershipId);
        FormContents report = records.stored(REPORT);
        requireWriting(caller, people, report.form());
        if (REQUIRED.stream().anyMatch(question -> report.answer(question).getValue() == null)) {
            throw InvalidInputException.of("submit", "Give the partnership's name, the officer completing the report and"
                    + " the key achievements of the period before sending the report on.");
        }
        chain.record(caller, chain.locked(report.form()), ProgressReportStep.WRITING, StepOutcome.SUBMITTED, comments);
        return read(caller, partnershipId, null);
    }

    /**
     * Records the caller's outcome at the step the report numbered waits for. {@code expected} is the
     * step the caller saw: if someone else has moved the report on meanwhile, nothing is recorded.
     */
    public ProgressReport decide(Caller caller, long partnershipId, int number, ProgressReportStep expected,
            StepOutcome outcome, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        List<FilledForm> forms = records.all(REPORT);
        FilledForm form = forms.stream().filter(candidate -> candidate.getSequenceNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such progress report."));
        chain.takeStep(caller, people, form, expected, outcome, comments, ProgressReportStep::after, "The report");
        return read(caller, partnershipId, number);
    }

    /** Every saved change to the answers of a report (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(Caller caller, long partnershipId, Integer number) {
        readablePeople(caller, partnershipId);
        return chain.history(REPORT, number);
    }

    public byte[] exportPdf(Caller caller, long partnershipId, Integer number) {
        ProgressReport report = read(caller, partnershipId, number);
        if (!report.started()) {
            throw new RecordNotFoundException("No progress report has been started.");
        }
        return ProgressReportPdf.write(report);
    }
}
