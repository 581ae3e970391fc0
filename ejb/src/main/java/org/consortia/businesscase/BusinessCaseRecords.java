package org.consortia.businesscase;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.chain.ChainPeople;
import org.consortia.chain.ChainRecords;
import org.consortia.chain.NumberedForms;
import org.consortia.export.Download;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormDocuments;
import org.consortia.forms.FormEditor;
import org.consortia.forms.FormRecords;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.text.UkDates;

/**
 * The business case of the partnership the current workspace is set to, for a caller the facade
 * has identified. Each call is a transaction of its own, opened under the partnership's tenant; each
 * checks who the caller is to this partnership (its officer representative, its accountable Head of
 * Service) before reading or changing anything.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BusinessCaseRecords {

    static final String PRE_CHECK = "should-we-partner";
    static final String CASE = "business-case";
    private static final Set<String> TEMPLATES = Set.of(PRE_CHECK, CASE);
    private static final String NATURE = "nature";
    private static final String REVIEWING = "reviewing";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormRecords records;

    @Inject
    FormDocuments documents;

    @Inject
    ChainRecords chain;

    /** The partnership's people, once the caller is known to be someone its business case is open to. */
    private ChainPeople readablePeople(Caller caller, long partnershipId) {
        // The council's business cases are not its partners' to know of.
        return chain.readablePeople(caller, partnershipId, "No such business case.");
    }

    /** The newest business case, or the one with this number when {@code number} is not null. */
    public BusinessCase read(Caller caller, long partnershipId, Integer number) {
        ChainPeople people = readablePeople(caller, partnershipId);
        FormContents preCheck = records.stored(PRE_CHECK);
        NumberedForms forms = chain.numbered(CASE, number, "No such form.");
        FormContents businessCase = records.contents(CASE, forms.shown());
        List<FormStep> steps = forms.shownSteps();
        boolean review = isReview(businessCase);
        BusinessCaseStep current = BusinessCaseStep.after(steps.stream().map(FormStep::getOutcome).toList(), review);
        List<BusinessCase.Made> made = forms.all().stream()
                .map(form -> BusinessCase.Made.of(form, forms.stepsOf(form))).toList();
        boolean newest = forms.showsNewest();
        boolean mayEdit = newest && current == BusinessCaseStep.DRAFTING && people.mayDraft(caller);
        List<StepOutcome> mayDecide = newest && current != null && current != BusinessCaseStep.DRAFTING
                && people.mayTake(caller, current, steps) ? current.outcomes() : List.of();
        boolean mayStartNext = newest && current == null && !people.stage().followsExitDecision()
                && people.mayDraft(caller);
        return new BusinessCase(people.partnershipId(), people.name(), people.stage(), preCheck, businessCase, steps,
                current, review, mayEdit, mayDecide, made, mayStartNext, made.isEmpty() ? List.of() : documents.of(CASE));
    }

    public byte[] exportPdf(Caller caller, long partnershipId, Integer number) {
        BusinessCase businessCase = read(caller, partnershipId, number);
        return BusinessCasePdf.write(businessCase);
    }

    /**
     * The report to the Executive via the Corporate Management Team that section 9 asks for when a
     * review finds the business case for continuing cannot be demonstrated.
     */
    public byte[] exportReport(Caller caller, long partnershipId, int number) {
        ChainPeople people = readablePeople(caller, partnershipId);
        BusinessCase businessCase = read(caller, partnershipId, number);
        FormStep judgement = businessCase.steps().isEmpty() ? null : businessCase.steps().get(businessCase.steps().size() - 1);
        if (judgement == null || judgement.getOutcome() != StepOutcome.NOT_DEMONSTRATED) {
            throw new RecordNotFoundException("Only a review that found the business case not demonstrated has a report.");
        }
        return BusinessCasePdf.writeReport(businessCase, judgement, people.headOfServiceName(), people.officerName());
    }

    /** Whether the case is the yearly review of an existing partnership rather than one for setting up or joining. */
    private static boolean isReview(FormContents businessCase) {
        return REVIEWING.equals(businessCase.answer(NATURE).getValue());
    }

    /**
     * Saves answers to the case or the questions before it, while the case is with its drafter, with
     * the documents uploaded for questions whose answer is a document: each is kept and attached, or,
     * if anything is refused, nothing is.
     */
    public FormContents save(Caller caller, long partnershipId, String templateKey, List<AnswerEdit> edits,
            List<DocumentUpload> uploads) {
        if (!TEMPLATES.contains(templateKey)) {
            throw new RecordNotFoundException("No such form.");
        }
        ChainPeople people = readablePeople(caller, partnershipId);
        // One save of the partnership's case at a time: it is also what a submission waits for.
        chain.lock(partnershipId);
        if (templateKey.equals(PRE_CHECK) && records.stored(CASE).form().getSequenceNumber() > 1) {
            throw new AccessDeniedException("The questions before a partnership are answered with its first business"
                    + " case: they are kept as they were.");
        }
        List<AnswerEdit> withDocuments = new ArrayList<>(edits);
        if (!uploads.isEmpty()) {
            requireDrafting(caller, people);
            for (DocumentUpload upload : uploads) {
                String attached = documents.attach(templateKey, upload, caller.accountId());
                withDocuments.removeIf(edit -> edit.question().equals(upload.question()));
                AnswerEdit typed = edits.stream().filter(edit -> edit.question().equals(upload.question())).findFirst()
                        .orElseGet(() -> unchanged(templateKey, upload.question()));
                withDocuments.add(new AnswerEdit(typed.question(), attached, typed.note(), typed.secondNote(),
                        typed.expectedVersion()));
            }
        }
        return records.saveUnderLock(templateKey, withDocuments, null, new FormEditor() {
            @Override
            public void requireMayEdit() {
                requireDrafting(caller, people);
            }

            @Override
            public boolean mayLinkTo(String linkTo, long id) {
                // The case's risk assessment is its own partnership's register; its documents are its own.
                return linkTo.equals("risk-register") && id == partnershipId
                        || linkTo.equals(FormDocuments.LINK_KIND) && documents.find(CASE, id).isPresent();
            }
        });
    }

    /** The answer to a question as stored, to send again with only its value changed. */
    private AnswerEdit unchanged(String templateKey, String question) {
        FormAnswer stored = records.stored(templateKey).answers().stream()
                .filter(answer -> answer.getQuestion().equals(question)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("answer-" + question + ".value", "This form has no such question."));
        return new AnswerEdit(question, stored.getValue(), stored.getNote(), stored.getSecondNote(), stored.getVersion());
    }

    /** Every saved change to the answers of a business case (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(Caller caller, long partnershipId, Integer number) {
        readablePeople(caller, partnershipId);
        return chain.history(CASE, number);
    }

    /** A document attached to one of the partnership's business cases, for those the case is open to. */
    public Download document(Caller caller, long partnershipId, long documentId) {
        readablePeople(caller, partnershipId);
        return documents.download(CASE, documentId);
    }

    private void requireDrafting(Caller caller, ChainPeople people) {
        people.requireDrafter(caller, "drafts its business case");
        FilledForm form = records.stored(CASE).form();
        if (form.getId() != null && !form.getState().open()) {
            throw new AccessDeniedException(form.getState() == FormState.SUBMITTED
                    ? "The business case has been submitted for approval: it can be changed again only if it is returned."
                    : "The business case has been decided and is kept as it was.");
        }
    }

    /** The drafter sends the case up the chain; the nature of the case and the partnership's name must be answered. */
    public BusinessCase submit(Caller caller, long partnershipId, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        requireDrafting(caller, people);
        FormContents businessCase = records.stored(CASE);
        List<String> unanswered = businessCase.template().sections().get(0).questions().stream()
                .map(TemplateQuestion::id).filter(id -> businessCase.answer(id).getValue() == null).toList();
        if (businessCase.form().getId() == null || !unanswered.isEmpty()) {
            throw InvalidInputException.of("submit", "Answer the questions on the nature of the business case"
                    + " (what it is concerned with, the partnership's name and whether it is statutory) before"
                    + " submitting it.");
        }
        boolean forming = people.stage() == LifecycleStage.FORMING;
        if (forming == isReview(businessCase)) {
            throw InvalidInputException.of("submit", forming
                    ? "A partnership that is still forming makes its case for setting up or joining it: a review is"
                    + " for a partnership the council is already in."
                    : "The council is already in this partnership: its business case is a review (\"Reviewing an"
                    + " existing partnership\").");
        }
        chain.record(caller, chain.locked(businessCase.form()), BusinessCaseStep.DRAFTING, StepOutcome.SUBMITTED, comments);
        return read(caller, partnershipId, null);
    }

    /**
     * Records the caller's outcome at the step the case waits for. {@code expected} is the step the
     * caller saw: if someone else has moved the case on meanwhile, nothing is recorded.
     */
    public BusinessCase decide(Caller caller, long partnershipId, BusinessCaseStep expected, StepOutcome outcome,
            String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        FormContents businessCase = records.stored(CASE);
        if (businessCase.form().getId() == null) {
            throw new RecordNotFoundException("This partnership has no business case yet.");
        }
        boolean review = isReview(businessCase);
        chain.takeStep(caller, people, businessCase.form(), expected, outcome, comments,
                recorded -> BusinessCaseStep.after(recorded, review), "The business case");
        if (outcome == StepOutcome.APPROVED) {
            Partnership partnership = entityManager.find(Partnership.class, partnershipId);
            partnership.setStage(LifecycleStage.PERFORMING);
            if (partnership.getCouncilEnteredOn() == null) {
                partnership.setCouncilEnteredOn(LocalDate.now(UkDates.LONDON));
            }
        }
        return read(caller, partnershipId, null);
    }

    /**
     * Starts the next business case once the one in hand is decided: each year's review of a
     * partnership the council is in, or a new case after a rejection. Its answers are carried over.
     */
    public BusinessCase startNext(Caller caller, long partnershipId) {
        ChainPeople people = readablePeople(caller, partnershipId);
        people.requireDrafter(caller, "starts its business case");
        if (people.stage().followsExitDecision()) {
            throw new AccessDeniedException(people.stage() == LifecycleStage.ENDED
                    ? "The council's involvement in this partnership has ended."
                    : "The Council has decided to leave this partnership: its business case is no longer reviewed.");
        }
        chain.lock(partnershipId);
        FormContents previous = records.stored(CASE);
        if (previous.form().getId() == null || previous.form().getState().open()
                || previous.form().getState() == FormState.SUBMITTED) {
            throw new ConcurrentEditException("The business case in hand has not been decided yet: it is the one to work on.");
        }
        FormContents next = records.startNext(previous);
        if (people.stage() != LifecycleStage.FORMING) {
            next.answer(NATURE).setValue(REVIEWING);
        }
        entityManager.flush();
        return read(caller, partnershipId, null);
    }
}
