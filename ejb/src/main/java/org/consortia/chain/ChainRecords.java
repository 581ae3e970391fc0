package org.consortia.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.Action;
import org.consortia.access.RecordNotFoundException;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormEditor;
import org.consortia.forms.FormHistory;
import org.consortia.forms.FormStep;
import org.consortia.forms.FormRecords;
import org.consortia.forms.FormSteps;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.ReportingFrequency;

/**
 * What every chain of a council form does with its partnership, in the caller's transaction: finds
 * the people it names, refuses those it is not open to as "not found", takes the partnership's lock
 * so that saves and steps follow one another, and records a step with the comments it needs.
 */
@ApplicationScoped
public class ChainRecords {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormSteps formSteps;

    @Inject
    FormRecords records;

    @Inject
    FormHistory formHistory;

    /** The partnership's people and reporting, in one read. */
    public ChainPeople people(long partnershipId) {
        Object[] row = entityManager.createQuery("select p.name, p.stage, h.id, h.name, o.id, o.name, parent.name,"
                        + " p.councilEnteredOn, p.reportingFrequency, p.councilContributes from Partnership p"
                        + " left join p.headOfService h left join p.officerRepresentative o left join p.parent parent"
                        + " where p.id = :id", Object[].class)
                .setParameter("id", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such partnership."));
        return new ChainPeople(partnershipId, (String) row[0], (LifecycleStage) row[1], (Long) row[2], (String) row[3],
                (Long) row[4], (String) row[5], (String) row[6], (LocalDate) row[7], (ReportingFrequency) row[8],
                (Boolean) row[9]);
    }

    /**
     * The partnership's people, once the caller is known to be someone its council forms are open to:
     * the council's people who read them, and its officer representative. Anyone else, a partner in
     * its workspace included, is told there is no such form, and so never learns that one exists.
     */
    public ChainPeople readablePeople(Caller caller, long partnershipId, String notFound) {
        ChainPeople people = people(partnershipId);
        if (!caller.may(Action.READ_CYCLE_FORMS) && !people.isOfficer(caller)) {
            throw new RecordNotFoundException(notFound);
        }
        return people;
    }

    /**
     * The workspace's forms of the template, with the one numbered (the newest when {@code number}
     * is null) and the steps taken in each, in two reads.
     */
    public NumberedForms numbered(String templateKey, Integer number, String notFound) {
        List<FilledForm> forms = records.all(templateKey);
        FilledForm shown = number == null ? (forms.isEmpty() ? null : forms.get(forms.size() - 1))
                : forms.stream().filter(form -> form.getSequenceNumber() == number).findFirst()
                        .orElseThrow(() -> new RecordNotFoundException(notFound));
        return new NumberedForms(forms, shown, forms.isEmpty() ? Map.of() : formSteps.byForm(templateKey));
    }

    /** Every saved change to the answers of the form numbered (the newest where null), newest first. */
    public List<HistoryEntry> history(String templateKey, Integer number) {
        return formHistory.ofCouncilForm(number == null ? records.stored(templateKey) : records.stored(templateKey, number));
    }

    /** Waits for every save and step of the partnership's council forms that started first to finish. */
    public void lock(long partnershipId) {
        entityManager.find(Partnership.class, partnershipId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The form as stored, once every save and step of its partnership's council forms that started first has finished. */
    public FilledForm locked(FilledForm form) {
        lock(form.getPartnershipId());
        entityManager.refresh(form);
        return form;
    }

    /**
     * Saves answers to the partnership's newest form of the template under the partnership's lock,
     * once {@code requireMayEdit} lets the caller (it throws where it does not); for forms whose
     * answers link to no other record.
     */
    public FormContents saveUnderLock(long partnershipId, String templateKey, List<AnswerEdit> edits,
            Runnable requireMayEdit) {
        lock(partnershipId);
        requireMayEdit.run();
        return records.saveUnderLock(templateKey, edits, null, new FormEditor() {
            @Override
            public void requireMayEdit() {
                requireMayEdit.run();
            }

            @Override
            public boolean mayLinkTo(String linkTo, long id) {
                return false;
            }
        });
    }

    /**
     * Takes the caller's step on a form under the partnership's lock: records their outcome at the
     * step the form waits for. {@code expected} is the step the caller saw; where someone else has
     * moved the form on meanwhile, nothing is recorded. The writer's step is taken by submitting the
     * form, which checks its answers first, never here.
     *
     * @param stepAfter the step a form stands at after the outcomes recorded so far, oldest first; null
     *                  once it has gone through its chain
     * @param named     the form as a sentence begins with it ("The review")
     * @return the step taken
     */
    public <S extends ChainStep> S takeStep(Caller caller, ChainPeople people, FilledForm form, S expected,
            StepOutcome outcome, String comments, Function<List<StepOutcome>, S> stepAfter, String named) {
        locked(form);
        List<FormStep> steps = formSteps.of(form);
        S current = stepAfter.apply(steps.stream().map(FormStep::getOutcome).toList());
        if (current != expected) {
            throw new ConcurrentEditException(current == null ? named + " has gone through every step meanwhile."
                    : current.ordinal() < expected.ordinal()
                    ? named + " has not reached that step: it waits for: " + current.label() + "."
                    : named + " has moved on meanwhile: it now waits for: " + current.label() + ".");
        }
        if (outcome == StepOutcome.SUBMITTED || !current.outcomes().contains(outcome)) {
            throw InvalidInputException.of("outcome", "That cannot be done at this step.");
        }
        if (!people.mayTake(caller, current, steps)) {
            throw new AccessDeniedException("This step is not yours to take.");
        }
        record(caller, form, current, outcome, comments);
        return current;
    }

    /** Records the caller's outcome at the step, with the comments the outcome needs. */
    public void record(Caller caller, FilledForm form, ChainStep step, StepOutcome outcome, String comments) {
        String missingComments = !outcome.needsComments() ? null
                : outcome == StepOutcome.ADVISED ? "Write your advice."
                : outcome == StepOutcome.COMMENTED ? "Write your comments."
                : "Give the reasons, so that the officer knows what to do.";
        formSteps.record(form, step.name(), outcome, caller.accountId(), comments, missingComments);
    }
}
