package org.consortia.annualreview;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.chain.ChainPeople;
import org.consortia.chain.ChainRecords;
import org.consortia.chain.CycleDeadlines;
import org.consortia.chain.NumberedForms;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormEvidence;
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
 * The annual reviews of the partnership the current workspace is set to, for a caller the facade
 * has identified. Each call is a transaction of its own, opened under the partnership's tenant; each
 * checks who the caller is to this partnership before reading or changing anything.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnnualReviewRecords {

    static final String REVIEW = "annual-review";
    private static final String ASSESSMENT = "-assessment";
    /** The outcomes that decide a business case, one way or the other. */
    private static final Set<StepOutcome> DECIDING = Set.of(StepOutcome.APPROVED, StepOutcome.REJECTED,
            StepOutcome.DEMONSTRATED, StepOutcome.NOT_DEMONSTRATED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormRecords records;

    @Inject
    ChainRecords chain;

    @Inject
    ReviewEvidence evidence;

    @Inject
    EqualityAction equalityAction;

    /** Where the business case stands for the year: demonstrated (and when), found not demonstrated, or neither. */
    private record CaseStanding(ReviewEvidence.Demonstration demonstrated, Integer notDemonstrated) {
    }

    private ChainPeople readablePeople(Caller caller, long partnershipId) {
        // The council's reviews of its partnerships are not its partners' to know of.
        return chain.readablePeople(caller, partnershipId, "No such annual review.");
    }

    /** The newest review, or the one with this number when {@code number} is not null. */
    public AnnualReview read(Caller caller, long partnershipId, Integer number) {
        ChainPeople people = readablePeople(caller, partnershipId);
        NumberedForms forms = chain.numbered(REVIEW, number, "No such annual review.");
        FilledForm shown = forms.shown();
        FormContents review = records.contents(REVIEW, shown);
        List<FormStep> steps = forms.shownSteps();
        AnnualReviewStep current = shown == null ? null
                : AnnualReviewStep.after(steps.stream().map(FormStep::getOutcome).toList());
        List<AnnualReview.Made> made = forms.all().stream()
                .map(form -> AnnualReview.Made.of(form, forms.stepsOf(form))).toList();
        boolean newest = forms.showsNewest();
        boolean mayEdit = shown != null && newest && current == AnnualReviewStep.WRITING && people.mayDraft(caller);
        List<StepOutcome> mayDecide = newest && current != null && current != AnnualReviewStep.WRITING
                && people.mayTake(caller, current, steps) ? current.outcomes() : List.of();
        List<FormEvidence> findings = shown == null ? List.of() : entityManager.createQuery(
                "select e from FormEvidence e where e.form = :form order by e.id", FormEvidence.class)
                .setParameter("form", shown).getResultList();
        CaseStanding standing = caseStanding();
        String refused = startRefusal(people, forms.newest(), standing);
        return new AnnualReview(partnershipId, people.name(), people.stage(), review, findings, steps, current, mayEdit,
                mayDecide, made, refused, standing.notDemonstrated(), refused == null && people.mayDraft(caller));
    }

    /**
     * Where the business case stands for the year, from the steps of the partnership's business cases
     * in one read: the newest decided case was approved or demonstrated within the year, or was found
     * not demonstrated, or neither.
     */
    private CaseStanding caseStanding() {
        Map<Integer, Object[]> lastDecisionByCase = new HashMap<>();
        entityManager.createQuery("select s.form.sequenceNumber, s.outcome, s.decidedAt from FormStep s"
                        + " where s.form.templateKey = :key order by s.id", Object[].class)
                .setParameter("key", BusinessCaseService.CASE).getResultStream()
                .filter(row -> DECIDING.contains((StepOutcome) row[1]))
                .forEach(row -> lastDecisionByCase.put((Integer) row[0], row));
        Object[] decided = lastDecisionByCase.keySet().stream().max(Integer::compare).map(lastDecisionByCase::get)
                .orElse(null);
        if (decided == null) {
            return new CaseStanding(null, null);
        }
        StepOutcome outcome = (StepOutcome) decided[1];
        if (outcome == StepOutcome.NOT_DEMONSTRATED) {
            return new CaseStanding(null, (Integer) decided[0]);
        }
        LocalDate on = LocalDate.ofInstant((Instant) decided[2], UkDates.LONDON);
        boolean withinTheYear = !LocalDate.now(UkDates.LONDON).isAfter(CycleDeadlines.businessCaseReviewDue(on));
        return outcome != StepOutcome.REJECTED && withinTheYear
                ? new CaseStanding(new ReviewEvidence.Demonstration((Integer) decided[0], on), null)
                : new CaseStanding(null, null);
    }

    /** Why no review may start now, following the flow of Appendix 4; null when one may. */
    private static String startRefusal(ChainPeople people, FilledForm newestReview, CaseStanding standing) {
        if (people.stage() == LifecycleStage.ENDED) {
            return "The council's involvement in this partnership has ended.";
        }
        if (people.stage() == LifecycleStage.FORMING) {
            return "The annual review is of a partnership the Council is in: this one is still forming.";
        }
        if (!people.stage().reviewedYearly()) {
            return "The Council has decided to leave this partnership: the exit report takes the place of the annual"
                    + " review.";
        }
        if (newestReview != null && newestReview.getState() != FormState.CONSIDERED) {
            return "This year's review is in hand: it is the one to work on.";
        }
        if (standing.notDemonstrated() != null) {
            return "The business case for continuing could not be demonstrated (business case "
                    + standing.notDemonstrated() + "): the review stops here, and the report to the Executive via the"
                    + " Corporate Management Team is made instead (section 9).";
        }
        if (standing.demonstrated() == null) {
            return "Each year the business case for continuing is demonstrated first (section 9): review the business"
                    + " case, then the partnership.";
        }
        if (newestReview != null && !newestReview.getPeriodStart().isBefore(standing.demonstrated().on())) {
            return "This year's review has been made. The next follows next year's review of the business case.";
        }
        return null;
    }

    /**
     * Starts this year's review once the business case is demonstrated, with the evidence the portal
     * knows read now and filled in for the reviewer to confirm; last year's answers are carried over.
     */
    public AnnualReview start(Caller caller, long partnershipId) {
        ChainPeople people = readablePeople(caller, partnershipId);
        people.requireDrafter(caller, "starts its annual review");
        chain.lock(partnershipId);
        AnnualReview now = read(caller, partnershipId, null);
        if (now.startRefusedBecause() != null) {
            throw now.started() && now.currentStep() != null ? new ConcurrentEditException(now.startRefusedBecause())
                    : new AccessDeniedException(now.startRefusedBecause());
        }
        ReviewEvidence.Demonstration demonstration = caseStanding().demonstrated();
        FormContents previous = records.stored(REVIEW);
        FormContents started = previous.form().getId() == null ? records.startFirst(REVIEW) : records.startNext(previous);
        started.answers().stream().filter(answer -> answer.getQuestion().endsWith(ASSESSMENT)).forEach(assessment -> {
            // Each year's self-assessment and the actions it calls for are made afresh.
            assessment.setValue(null);
            assessment.setNote(null);
        });
        started.form().reportsOn(demonstration.on(), demonstration.on().plusYears(1).minusDays(1));
        Partnership partnership = entityManager.find(Partnership.class, partnershipId);
        for (FormEvidence finding : evidence.read(started.form(), partnership, demonstration)) {
            entityManager.persist(finding);
            FormAnswer answer = started.answer(finding.getQuestion());
            if (finding.getQuestion().equals(ReviewEvidence.EQUALITY_QUESTION)) {
                answer.setValue(evidence.hasEqualityAssessment() ? "yes" : "no");
                answer.setNote(finding.getFinding());
            } else {
                answer.setValue(finding.getFinding());
                // Last year's disagreement was with last year's evidence.
                answer.setNote(null);
            }
        }
        entityManager.flush();
        return read(caller, partnershipId, null);
    }

    /** Saves answers to the review in hand while it is with the officer. */
    public FormContents save(Caller caller, long partnershipId, List<AnswerEdit> edits) {
        ChainPeople people = readablePeople(caller, partnershipId);
        return chain.saveUnderLock(partnershipId, REVIEW, edits,
                () -> requireWriting(caller, people, records.stored(REVIEW).form()));
    }

    private static void requireWriting(Caller caller, ChainPeople people, FilledForm form) {
        people.requireDrafter(caller, "carries out its annual review");
        if (form.getId() == null) {
            throw new AccessDeniedException("No annual review has been started.");
        }
        if (!form.getState().open()) {
            throw new AccessDeniedException(form.getState() == FormState.CONSIDERED
                    ? "The review has been considered by the Corporate Management Team and is kept as it was."
                    : "The review has been submitted: it can be changed again only if it is returned.");
        }
    }

    /**
     * The officer submits the review to the Head of Service, once every section has its
     * self-assessment; a review that finds no equality impact assessment starts the action it calls for.
     */
    public AnnualReview submit(Caller caller, long partnershipId, String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        chain.lock(partnershipId);
        FormContents review = records.stored(REVIEW);
        requireWriting(caller, people, review.form());
        List<String> unassessed = review.template().sections().stream()
                .filter(section -> section.questions().stream().map(TemplateQuestion::id)
                        .anyMatch(id -> id.endsWith(ASSESSMENT) && review.answer(id).getValue() == null))
                .map(section -> section.heading()).toList();
        if (!unassessed.isEmpty()) {
            throw InvalidInputException.of("submit", "Give the self-assessment of every section before submitting the"
                    + " review. Still to assess: " + String.join(", ", unassessed) + ".");
        }
        chain.record(caller, chain.locked(review.form()), AnnualReviewStep.WRITING, StepOutcome.SUBMITTED, comments);
        equalityAction.startIfMissing(people, review, caller.accountId());
        return read(caller, partnershipId, null);
    }

    /**
     * Records the caller's outcome at the step the newest review waits for. {@code expected} is the
     * step the caller saw: if someone else has moved the review on meanwhile, nothing is recorded.
     */
    public AnnualReview decide(Caller caller, long partnershipId, AnnualReviewStep expected, StepOutcome outcome,
            String comments) {
        ChainPeople people = readablePeople(caller, partnershipId);
        FormContents review = records.stored(REVIEW);
        if (review.form().getId() == null) {
            throw new RecordNotFoundException("This partnership has no annual review yet.");
        }
        chain.takeStep(caller, people, review.form(), expected, outcome, comments, AnnualReviewStep::after, "The review");
        return read(caller, partnershipId, null);
    }

    /** Every saved change to the answers of a review (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(Caller caller, long partnershipId, Integer number) {
        readablePeople(caller, partnershipId);
        return chain.history(REVIEW, number);
    }

    public byte[] exportPdf(Caller caller, long partnershipId, Integer number) {
        AnnualReview review = read(caller, partnershipId, number);
        if (!review.started()) {
            throw new RecordNotFoundException("No annual review has been started.");
        }
        return AnnualReviewPdf.write(review);
    }
}
