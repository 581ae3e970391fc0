package org.consortia.cycle;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.chain.CycleDeadlines;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormState;
import org.consortia.forms.FormTemplates;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.leaving.LeavingService;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.mou.MouState;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.progressreport.ProgressReportStep;
import org.consortia.progressreport.ReportingPeriod;
import org.consortia.risk.EntryStatus;
import org.consortia.text.UkDates;

/**
 * Reads where one partnership stands in the cycle, in a transaction of its own under the
 * partnership's tenant: four or five counting queries, whatever the size of its register or forms.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CycleRecords {

    private static final String CHECKLIST = "risk-checklist";
    private static final String INSURANCE = "insurance";
    private static final String REVIEWING = "reviewing";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormTemplates templates;

    @Inject
    WorkspaceRepresentatives representatives;

    /** A stored form with how many of its questions are answered and, for a business case, its nature. */
    private record Filled(FilledForm form, long answered, String nature) {
    }

    /** A step taken in a business case or a progress report. */
    private record Taken(long formId, StepOutcome outcome, Instant at) {
    }

    /** Where the partnership stands; the caller has loaded its record and been found to be one who may read it. */
    public PartnershipCycle read(Caller caller, Partnership partnership) {
        long partnershipId = partnership.getId();
        String workspace = "/w/" + partnership.getSlug();
        LifecycleStage stage = partnership.getStage();
        Account officer = partnership.getOfficerRepresentative();
        boolean casesOpen = caller.may(Action.READ_CYCLE_FORMS) || officer != null && officer.getId() == caller.accountId();
        String casePage = "/partnerships/business-case?id=" + partnershipId;
        LocalDate today = LocalDate.now(UkDates.LONDON);

        Map<String, List<Filled>> forms = forms();
        List<Filled> cases = forms.getOrDefault(BusinessCaseService.CASE, List.of());
        List<Filled> reports = forms.getOrDefault(ProgressReportService.REPORT, List.of());
        Map<Long, List<Taken>> steps = casesOpen && (!cases.isEmpty() || !reports.isEmpty()) ? steps() : Map.of();
        // The annual review's steps are read with the others: a partnership has no review before its business case.

        List<CycleItem> makingTheCase = new ArrayList<>();
        if (casesOpen) {
            makingTheCase.add(answered(forms, BusinessCaseService.PRE_CHECK,
                    "Questions to ask before setting up a Partnership", "Appendix A", stage == LifecycleStage.FORMING,
                    casePage));
            // The case that made (or is making) the case for the partnership: the newest that is no review.
            Filled making = cases.stream().filter(filled -> !REVIEWING.equals(filled.nature()))
                    .reduce((earlier, later) -> later).orElse(null);
            makingTheCase.add(makingCase(making, steps, stage, casePage));
        }
        boolean performing = stage == LifecycleStage.PERFORMING;
        Object[] counts = counts(today);
        List<CycleItem> delivery = new ArrayList<>(List.of(memorandum(counts, workspace, stage.councilIsIn(), today),
                conduct(workspace, stage.councilIsIn(), today),
                register(counts, workspace, stage.councilIsIn()),
                answered(forms, CHECKLIST, "Managing Risk and Opportunity Checklist", "Appendix C", performing,
                        workspace + "/form?form=" + CHECKLIST),
                answered(forms, INSURANCE, "Insurance considerations", "Appendix 9", performing,
                        workspace + "/form?form=" + INSURANCE)));
        List<CycleItem> review = new ArrayList<>();
        if (casesOpen) {
            review.add(progressReport(partnership, reports, steps, stage.councilIsIn(), today));
            review.add(reDemonstration(cases, steps, stage.reviewedYearly(), today, casePage));
            review.add(annualReview(partnershipId, forms.getOrDefault(AnnualReviewService.REVIEW, List.of()), cases, steps,
                    stage.reviewedYearly(), today));
        }
        List<CycleItem> exit = new ArrayList<>();
        if (casesOpen) {
            exit.add(exitDecision(partnership));
            exit.add(exitReport(partnership, forms.getOrDefault(LeavingService.REPORT, List.of()), today));
        }
        int at = stage.ordinal();
        return new PartnershipCycle(stage, List.of(
                new CycleStage("Stage 1: Making the business case", "Reasons for the partnership, other options"
                        + " considered, benefits, risks and opportunities, costs and timescales.",
                        stage == LifecycleStage.FORMING, true, makingTheCase),
                new CycleStage("Stage 2: Partnership framework and delivery", "The Memorandum of Understanding, the"
                        + " code of conduct, the management of risk and the operational checklists.", performing,
                        at >= LifecycleStage.PERFORMING.ordinal(), delivery),
                new CycleStage("Stage 3: Partnership monitoring, review and evaluation", "How effective is the"
                        + " partnership? Is it value for money? Has it 'added value'? Is it fit for purpose?", performing,
                        at >= LifecycleStage.PERFORMING.ordinal(), review),
                new CycleStage("Stage 4: Exit", "Exit feedback, sharing best practice, and frameworks for sustained"
                        + " delivery where appropriate.", stage == LifecycleStage.ENDING,
                        at >= LifecycleStage.ENDING.ordinal(), exit)));
    }

    /** The workspace's forms of every template, each with its answers counted, the first first. */
    private Map<String, List<Filled>> forms() {
        return entityManager.createQuery("select f, count(a.value), (select n.value from FormAnswer n where n.form = f"
                        + " and n.question = 'nature') from FilledForm f left join FormAnswer a on a.form = f"
                        + " group by f order by f.sequenceNumber", Object[].class)
                .getResultStream()
                .map(row -> new Filled((FilledForm) row[0], (Long) row[1], (String) row[2]))
                .collect(Collectors.groupingBy(filled -> filled.form().getTemplateKey()));
    }

    private Map<Long, List<Taken>> steps() {
        Map<Long, List<Taken>> byForm = new HashMap<>();
        entityManager.createQuery("select s.form.id, s.outcome, s.decidedAt from FormStep s"
                        + " where s.form.templateKey in :keys order by s.id", Object[].class)
                .setParameter("keys", List.of(BusinessCaseService.CASE, ProgressReportService.REPORT,
                        AnnualReviewService.REVIEW)).getResultStream()
                .forEach(row -> byForm.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Taken((Long) row[0], (StepOutcome) row[1], (Instant) row[2])));
        return byForm;
    }

    /** A form answered question by question: how many are answered, and the rest outstanding where it is due. */
    private CycleItem answered(Map<String, List<Filled>> forms, String key, String title, String source, boolean due,
            String link) {
        List<Filled> filled = forms.getOrDefault(key, List.of());
        int questions = filled.isEmpty() ? templates.latest(key).questions().size()
                : templates.of(filled.get(0).form()).questions().size();
        long answered = filled.isEmpty() ? 0 : filled.get(0).answered();
        String state = answered == 0 ? "Not started" : answered + " of " + questions + " questions answered";
        String outstanding = due && answered < questions
                ? (questions - answered) + (questions - answered == 1 ? " question" : " questions") + " to answer" : null;
        return new CycleItem(title, source, state, outstanding, link);
    }

    private CycleItem makingCase(Filled filled, Map<Long, List<Taken>> steps, LifecycleStage stage, String link) {
        String title = "Business case";
        if (filled == null) {
            return new CycleItem(title, "Appendix 2a", "Not started",
                    stage == LifecycleStage.FORMING ? "Draft the business case and submit it for authorisation" : null, link);
        }
        List<Taken> taken = steps.getOrDefault(filled.form().getId(), List.of());
        String state = progress(filled, taken);
        String outstanding = stage == LifecycleStage.FORMING && filled.form().getState() != FormState.APPROVED
                ? state : null;
        return new CycleItem(title, "Appendix 2a", state, outstanding, link);
    }

    /** Where a business case stands, in words: being drafted, waiting for a step, or decided and when. */
    private static String progress(Filled filled, List<Taken> taken) {
        BusinessCaseStep current = BusinessCaseStep.after(taken.stream().map(Taken::outcome).toList(),
                REVIEWING.equals(filled.nature()));
        if (current == null) {
            Taken last = taken.get(taken.size() - 1);
            return last.outcome().label() + " on " + UkDates.day(last.at());
        }
        if (current == BusinessCaseStep.DRAFTING) {
            return taken.isEmpty() ? "Being drafted" : "Returned with comments on "
                    + UkDates.day(taken.get(taken.size() - 1).at());
        }
        return "Waits for: " + current.label();
    }

    /**
     * The reports on the partnership's activities and progress (section 8): where the one in hand
     * stands, or when the next is due, and whether it is overdue.
     */
    private CycleItem progressReport(Partnership partnership, List<Filled> reports, Map<Long, List<Taken>> steps,
            boolean due, LocalDate today) {
        String title = "Progress report";
        String link = "/partnerships/progress-report?id=" + partnership.getId();
        if (partnership.getParent() != null) {
            return new CycleItem(title, "Appendix 3", "Reports through " + partnership.getParent().getName()
                    + ", of which it is a sub-group", null, link);
        }
        LocalDate entered = partnership.getCouncilEnteredOn();
        if (entered == null) {
            return new CycleItem(title, "Appendix 3", "The first is due six months after the Council enters the"
                    + " partnership", null, link);
        }
        Filled newest = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        List<Taken> taken = newest == null ? List.of() : steps.getOrDefault(newest.form().getId(), List.of());
        boolean received = newest != null && newest.form().getState() == FormState.RECEIVED;
        if (newest != null && !received) {
            ProgressReportStep current = ProgressReportStep.after(taken.stream().map(Taken::outcome).toList());
            LocalDate dueBy = newest.form().getPeriodEnd();
            String state = "Report " + newest.form().getSequenceNumber() + " for " + UkDates.day(newest.form().getPeriodStart())
                    + " to " + UkDates.day(dueBy) + ": " + (current == ProgressReportStep.WRITING
                    ? (taken.isEmpty() ? "being written" : "returned with comments") : "waits for the Head of Service");
            return new CycleItem(title, "Appendix 3", state,
                    due && today.isAfter(dueBy) ? "The report was due by " + UkDates.day(dueBy) : null, link);
        }
        ReportingPeriod next = ReportingPeriod.next(entered, partnership.getReportingFrequency(),
                newest == null ? null : newest.form().getPeriodEnd());
        String state = (newest == null ? "None yet" : "Report " + newest.form().getSequenceNumber() + " received"
                + taken.stream().filter(step -> step.outcome() == StepOutcome.REPORTED).map(step -> " on "
                        + UkDates.day(step.at())).reduce((first, second) -> second).orElse(""))
                + "; the next is due by " + UkDates.day(next.end());
        return new CycleItem(title, "Appendix 3", state,
                due && today.isAfter(next.end()) ? "The report was due by " + UkDates.day(next.end()) : null, link);
    }

    /** The yearly re-demonstration of the case (section 9): when it was last made and when the next is due. */
    private CycleItem reDemonstration(List<Filled> cases, Map<Long, List<Taken>> steps, boolean due, LocalDate today,
            String link) {
        String title = "Business case demonstrated for the year";
        Filled newest = cases.isEmpty() ? null : cases.get(cases.size() - 1);
        Instant lastMade = lastDemonstrated(cases, steps);
        if (newest == null || lastMade == null) {
            return new CycleItem(title, "Section 9", "Never demonstrated",
                    due ? "Review the business case (\"Reviewing an existing partnership\")" : null, link);
        }
        LocalDate nextDue = CycleDeadlines.businessCaseReviewDue(LocalDate.ofInstant(lastMade, UkDates.LONDON));
        List<Taken> newestSteps = steps.getOrDefault(newest.form().getId(), List.of());
        boolean notDemonstrated = !newestSteps.isEmpty()
                && newestSteps.get(newestSteps.size() - 1).outcome() == StepOutcome.NOT_DEMONSTRATED;
        boolean inHand = newest.form().getState().open() || newest.form().getState() == FormState.SUBMITTED;
        String state = "Last made on " + UkDates.day(lastMade) + "; the next review is due by " + UkDates.day(nextDue)
                + (inHand ? ". This year's review: " + progress(newest, newestSteps) : "");
        String outstanding = null;
        if (due && notDemonstrated) {
            state = progress(newest, newestSteps);
            outstanding = "The business case could not be demonstrated: the report to the Executive via the Corporate"
                    + " Management Team is due";
        } else if (due && today.isAfter(nextDue)) {
            outstanding = "The review was due by " + UkDates.day(nextDue);
        }
        return new CycleItem(title, "Section 9", state, outstanding, link);
    }

    /** The Executive's (or full Council's) decision that the Council's involvement ends (section 11). */
    private static CycleItem exitDecision(Partnership partnership) {
        String link = "/partnerships/leaving?id=" + partnership.getId();
        if (partnership.getExitDecidedOn() == null) {
            return new CycleItem("Decision to end the Council's involvement", "Section 11", "None: the Council remains"
                    + " involved", null, link);
        }
        return new CycleItem("Decision to end the Council's involvement", "Section 11", "Decided by the "
                + partnership.getExitDecidedBy().label() + " on " + UkDates.day(partnership.getExitDecidedOn()) + ": "
                + partnership.getExitReason().label() + "; involvement ends on "
                + UkDates.day(partnership.getInvolvementEndsOn()), null, link);
    }

    /** The exit report, due within three months of the decision to leave (Appendix 5). */
    private static CycleItem exitReport(Partnership partnership, List<Filled> reports, LocalDate today) {
        String title = "Exit report";
        String link = "/partnerships/leaving?id=" + partnership.getId();
        if (partnership.getExitDecidedOn() == null) {
            return new CycleItem(title, "Appendix 5", "Due within three months of a decision to leave", null, link);
        }
        LocalDate due = CycleDeadlines.exitReportDue(partnership.getExitDecidedOn());
        FormState state = reports.isEmpty() ? null : reports.get(0).form().getState();
        boolean submitted = state != null && !state.open();
        String shown = (state == null ? "Not started" : submitted ? "Submitted to the Corporate Management Team"
                : "Being completed") + "; due by " + UkDates.day(due);
        String outstanding = submitted ? null : today.isAfter(due) ? "The exit report was due by " + UkDates.day(due)
                : "Complete the exit report and submit it to the Corporate Management Team";
        return new CycleItem(title, "Appendix 5", shown, outstanding, link);
    }

    /** When the business case was last approved or found demonstrated; null if never. */
    private static Instant lastDemonstrated(List<Filled> cases, Map<Long, List<Taken>> steps) {
        Instant lastMade = null;
        for (Filled filled : cases) {
            List<Taken> taken = steps.getOrDefault(filled.form().getId(), List.of());
            if (filled.form().getState() == FormState.APPROVED && !taken.isEmpty()) {
                lastMade = taken.get(taken.size() - 1).at();
            }
        }
        return lastMade;
    }

    /**
     * The annual review (section 9): the one in hand, or the last considered, and whether this year's
     * is due, which it is once the business case has been demonstrated since the last review began.
     */
    private CycleItem annualReview(long partnershipId, List<Filled> reviews, List<Filled> cases,
            Map<Long, List<Taken>> steps, boolean due, LocalDate today) {
        String title = "Annual review";
        String link = "/partnerships/annual-review?id=" + partnershipId;
        Filled newest = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        Instant demonstrated = lastDemonstrated(cases, steps);
        LocalDate demonstratedOn = demonstrated == null ? null : LocalDate.ofInstant(demonstrated, UkDates.LONDON);
        boolean thisYears = demonstratedOn != null && !today.isAfter(CycleDeadlines.businessCaseReviewDue(demonstratedOn));
        String state;
        if (newest == null) {
            state = "None yet";
        } else {
            List<Taken> taken = steps.getOrDefault(newest.form().getId(), List.of());
            AnnualReviewStep current = AnnualReviewStep.after(taken.stream().map(Taken::outcome).toList());
            state = "Review " + newest.form().getSequenceNumber() + ": " + (current == null
                    ? "considered by the Corporate Management Team on " + UkDates.day(taken.get(taken.size() - 1).at())
                    : current == AnnualReviewStep.WRITING ? (taken.isEmpty() ? "being carried out" : "returned with comments")
                    : "waits for: " + current.label());
        }
        boolean madeSinceDemonstration = newest != null && demonstratedOn != null
                && !newest.form().getPeriodStart().isBefore(demonstratedOn);
        String outstanding = due && thisYears && !madeSinceDemonstration
                ? "This year's review is due: the business case was demonstrated on " + UkDates.day(demonstratedOn) : null;
        return new CycleItem(title, "Appendix 4a", state, outstanding, link);
    }

    /**
     * In one statement: the register's open entries, those past their review date and the overdue
     * mitigation actions, then the Memorandum's state, review date and date of agreement (null
     * before it is started).
     */
    private Object[] counts(LocalDate today) {
        return entityManager.createQuery("select count(e),"
                        + " coalesce(sum(case when e.reviewDate < :today then 1 else 0 end), 0),"
                        + " (select count(a) from MitigationAction a where a.doneOn is null and a.deadline < :today"
                        + " and a.entry.status <> :closed),"
                        + " (select m.state from Mou m), (select m.reviewDate from Mou m), (select m.agreedAt from Mou m)"
                        + " from RiskEntry e where e.status <> :closed", Object[].class)
                .setParameter("today", today).setParameter("closed", EntryStatus.CLOSED).getSingleResult();
    }

    private CycleItem memorandum(Object[] counts, String workspace, boolean due, LocalDate today) {
        String title = "Memorandum of Understanding";
        String link = workspace + "/mou";
        if (counts[3] == null) {
            return new CycleItem(title, "Appendix 10", "Not started", due ? "Draft the Memorandum and put it for agreement"
                    : null, link);
        }
        MouState state = (MouState) counts[3];
        LocalDate reviewDate = (LocalDate) counts[4];
        Instant agreedAt = (Instant) counts[5];
        String shown = state.label() + (state == MouState.AGREED && agreedAt != null ? " on " + UkDates.day(agreedAt) : "")
                + (reviewDate == null ? "" : "; review date " + UkDates.day(reviewDate));
        String outstanding = null;
        if (due && state != MouState.AGREED) {
            outstanding = "Not yet agreed and signed by every member";
        } else if (due && reviewDate != null && reviewDate.isBefore(today)) {
            outstanding = "Its review was due on " + UkDates.day(reviewDate);
        }
        return new CycleItem(title, "Appendix 10", shown, outstanding, link);
    }

    private CycleItem conduct(String workspace, boolean due, LocalDate today) {
        Set<Long> signers = Set.copyOf(entityManager.createQuery("select s.signatory.id from ConductSignature s"
                + " where s.code.codeVersion = (select max(c.codeVersion) from ConductCode c)", Long.class)
                .getResultList());
        Set<Long> inOffice = representatives.inOfficeOn(today).stream()
                .map(representative -> representative.getAccount().getId()).collect(Collectors.toSet());
        long signed = inOffice.stream().filter(signers::contains).count();
        long toSign = inOffice.size() - signed;
        return new CycleItem("Code of conduct", "Appendix 1, stage 2", signed + " of " + inOffice.size()
                + " representatives in office have signed the current version",
                due && toSign > 0 ? toSign + (toSign == 1 ? " representative" : " representatives") + " still to sign"
                        : null, workspace + "/conduct");
    }

    private CycleItem register(Object[] counts, String workspace, boolean due) {
        long open = ((Number) counts[0]).longValue();
        long pastReview = ((Number) counts[1]).longValue();
        long overdueActions = ((Number) counts[2]).longValue();
        List<String> outstanding = new ArrayList<>();
        if (due && open == 0) {
            outstanding.add("Identify the partnership's risks and opportunities");
        }
        if (due && pastReview > 0) {
            outstanding.add(pastReview + (pastReview == 1 ? " entry" : " entries") + " past its review date");
        }
        if (due && overdueActions > 0) {
            outstanding.add(overdueActions + (overdueActions == 1 ? " mitigation action" : " mitigation actions")
                    + " overdue");
        }
        return new CycleItem("Joint risk register", "Appendix 8", open + (open == 1 ? " open entry" : " open entries"),
                outstanding.isEmpty() ? null : String.join("; ", outstanding), workspace + "/risks");
    }
}
