package org.consortia.businesscase;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormEditor;
import org.consortia.forms.FormRecords;
import org.consortia.forms.FormState;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.validation.PlainTextValidator;
import org.consortia.validation.TypedText;

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

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormRecords records;

    /** Who the caller is to the partnership: the people the chain's rules name. */
    private record People(long partnershipId, String name, LifecycleStage stage, Long headOfService, Long officer) {
    }

    private People people(long partnershipId) {
        Object[] row = entityManager.createQuery("select p.name, p.stage, h.id, o.id from Partnership p"
                        + " left join p.headOfService h left join p.officerRepresentative o where p.id = :id", Object[].class)
                .setParameter("id", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such partnership."));
        return new People(partnershipId, (String) row[0], (LifecycleStage) row[1], (Long) row[2], (Long) row[3]);
    }

    /** The partnership's people, once the caller is known to be someone its business case is open to. */
    private People readablePeople(Caller caller, long partnershipId) {
        People people = people(partnershipId);
        if (!caller.may(Action.READ_BUSINESS_CASES) && !isOfficer(caller, people)) {
            // The council's business cases are not its partners' to know of.
            throw new RecordNotFoundException("No such business case.");
        }
        return people;
    }

    public BusinessCase read(Caller caller, long partnershipId) {
        People people = readablePeople(caller, partnershipId);
        FormContents preCheck = records.stored(PRE_CHECK);
        FormContents businessCase = records.stored(CASE);
        List<FormStep> steps = steps(businessCase.form());
        BusinessCaseStep current = BusinessCaseStep.after(steps.stream().map(FormStep::getOutcome).toList());
        boolean mayEdit = current == BusinessCaseStep.DRAFTING && mayDraft(caller, people);
        List<StepOutcome> mayDecide = current != null && current != BusinessCaseStep.DRAFTING
                && mayTake(caller, current, people, steps) ? current.outcomes() : List.of();
        return new BusinessCase(people.partnershipId(), people.name(), people.stage(), preCheck, businessCase, steps,
                current, mayEdit, mayDecide);
    }

    public byte[] exportPdf(Caller caller, long partnershipId) {
        BusinessCase businessCase = read(caller, partnershipId);
        return BusinessCasePdf.write(businessCase);
    }

    private List<FormStep> steps(FilledForm form) {
        if (form.getId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select s from FormStep s join fetch s.decidedBy where s.form = :form"
                + " order by s.id", FormStep.class).setParameter("form", form).getResultList();
    }

    /** Saves answers to the case or the questions before it, while the case is with its drafter. */
    public FormContents save(Caller caller, long partnershipId, String templateKey, List<AnswerEdit> edits) {
        if (!TEMPLATES.contains(templateKey)) {
            throw new RecordNotFoundException("No such form.");
        }
        People people = readablePeople(caller, partnershipId);
        // One save of the partnership's case at a time: it is also what a submission waits for.
        entityManager.find(Partnership.class, partnershipId, LockModeType.PESSIMISTIC_WRITE);
        return records.saveUnderLock(templateKey, edits, null, new FormEditor() {
            @Override
            public void requireMayEdit() {
                requireDrafting(caller, people);
            }

            @Override
            public boolean mayLinkTo(String linkTo, long id) {
                // The case's risk assessment is its own partnership's register; documents are not kept yet.
                return linkTo.equals("risk-register") && id == partnershipId;
            }
        });
    }

    private void requireDrafting(Caller caller, People people) {
        if (!mayDraft(caller, people)) {
            throw new AccessDeniedException("Only the partnership's officer representative, its accountable Head of"
                    + " Service or the Head of Strategy & Partnerships drafts its business case.");
        }
        FilledForm form = records.stored(CASE).form();
        if (form.getId() != null && !form.getState().open()) {
            throw new AccessDeniedException(form.getState() == FormState.SUBMITTED
                    ? "The business case has been submitted for approval: it can be changed again only if it is returned."
                    : "The business case has been decided and is kept as it was.");
        }
    }

    /** The drafter sends the case up the chain; the nature of the case and the partnership's name must be answered. */
    public BusinessCase submit(Caller caller, long partnershipId, String comments) {
        People people = readablePeople(caller, partnershipId);
        requireDrafting(caller, people);
        FormContents businessCase = records.stored(CASE);
        List<String> unanswered = businessCase.template().sections().get(0).questions().stream()
                .map(TemplateQuestion::id).filter(id -> businessCase.answer(id).getValue() == null).toList();
        if (businessCase.form().getId() == null || !unanswered.isEmpty()) {
            throw InvalidInputException.of("submit", "Answer the questions on the nature of the business case"
                    + " (what it is concerned with, the partnership's name and whether it is statutory) before"
                    + " submitting it.");
        }
        record(caller, locked(businessCase.form()), BusinessCaseStep.DRAFTING, StepOutcome.SUBMITTED, comments);
        return read(caller, partnershipId);
    }

    /**
     * Records the caller's outcome at the step the case waits for. {@code expected} is the step the
     * caller saw: if someone else has moved the case on meanwhile, nothing is recorded.
     */
    public BusinessCase decide(Caller caller, long partnershipId, BusinessCaseStep expected, StepOutcome outcome,
            String comments) {
        People people = readablePeople(caller, partnershipId);
        FormContents businessCase = records.stored(CASE);
        if (businessCase.form().getId() == null) {
            throw new RecordNotFoundException("This partnership has no business case yet.");
        }
        FilledForm form = locked(businessCase.form());
        List<FormStep> steps = steps(form);
        BusinessCaseStep current = BusinessCaseStep.after(steps.stream().map(FormStep::getOutcome).toList());
        if (current != expected) {
            throw new ConcurrentEditException(current == null ? "The business case has been decided meanwhile."
                    : "The business case has moved on meanwhile: it now waits for: " + current.label() + ".");
        }
        if (current == BusinessCaseStep.DRAFTING || !current.outcomes().contains(outcome)) {
            throw InvalidInputException.of("outcome", "That cannot be done at this step.");
        }
        if (!mayTake(caller, current, people, steps)) {
            throw new AccessDeniedException("This step is not yours to take.");
        }
        record(caller, form, current, outcome, comments);
        if (outcome == StepOutcome.APPROVED) {
            entityManager.find(Partnership.class, partnershipId).setStage(LifecycleStage.PERFORMING);
        }
        return read(caller, partnershipId);
    }

    /** The form, once every save and step of the partnership's case that started first has finished. */
    private FilledForm locked(FilledForm form) {
        entityManager.find(Partnership.class, form.getPartnershipId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(form);
        return form;
    }

    private void record(Caller caller, FilledForm form, BusinessCaseStep step, StepOutcome outcome, String comments) {
        String tidy = TypedText.tidy(comments);
        if (BusinessCaseStep.needsComments(outcome) && (tidy == null || tidy.isEmpty())) {
            throw InvalidInputException.of("comments", outcome == StepOutcome.ADVISED ? "Write your advice."
                    : "Give the reasons, so that the officer knows what to do.");
        }
        if (tidy != null && tidy.length() > FormStep.COMMENTS_LIMIT) {
            throw InvalidInputException.of("comments", "Keep the comments to " + FormStep.COMMENTS_LIMIT
                    + " characters or fewer.");
        }
        if (!PlainTextValidator.isPlainText(tidy) || PlainTextValidator.hasControlCharacters(tidy)) {
            throw InvalidInputException.of("comments", "Write plain text: markup such as <b> or <script> is not accepted.");
        }
        entityManager.persist(new FormStep(form, step.name(), outcome,
                entityManager.getReference(Account.class, caller.accountId()), Instant.now(), tidy));
        form.setState(switch (outcome) {
            case RETURNED -> FormState.RETURNED;
            case APPROVED -> FormState.APPROVED;
            case REJECTED -> FormState.REJECTED;
            default -> FormState.SUBMITTED;
        });
        entityManager.flush();
    }

    private static boolean isOfficer(Caller caller, People people) {
        return people.officer() != null && people.officer() == caller.accountId();
    }

    private static boolean mayDraft(Caller caller, People people) {
        return isOfficer(caller, people) || caller.may(Action.DRAFT_BUSINESS_CASE)
                && (caller.may(Action.EDIT_ANY_PARTNERSHIP) || Objects.equals(people.headOfService(), caller.accountId()));
    }

    /**
     * Whether the caller may take this step. The accountable Head of Service authorises; a Director
     * does where the Head of Service cannot: none is named, or they are the officer representative, or
     * they submitted the case themselves. Nobody authorises a case they submitted.
     */
    private static boolean mayTake(Caller caller, BusinessCaseStep step, People people, List<FormStep> steps) {
        if (!caller.may(step.action())) {
            return false;
        }
        if (step != BusinessCaseStep.SERVICE_AUTHORISATION) {
            return true;
        }
        Long submitter = steps.stream().filter(taken -> taken.getOutcome() == StepOutcome.SUBMITTED)
                .reduce((first, second) -> second).map(submission -> submission.getDecidedBy().getId()).orElse(null);
        if (Objects.equals(submitter, caller.accountId())) {
            return false;
        }
        Long headOfService = people.headOfService();
        boolean directorInstead = headOfService == null || headOfService.equals(people.officer())
                || headOfService.equals(submitter);
        return directorInstead ? caller.councilRoles().contains(CouncilRole.DIRECTOR)
                : headOfService == caller.accountId() && caller.councilRoles().contains(CouncilRole.HEAD_OF_SERVICE);
    }
}
