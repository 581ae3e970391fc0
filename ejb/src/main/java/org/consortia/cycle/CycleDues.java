package org.consortia.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consortia.access.PermissionMatrix;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.chain.ChainStep;
import org.consortia.chain.CycleDeadlines;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.leaving.LeavingService;
import org.consortia.partnership.Partnership;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.progressreport.ProgressReportStep;
import org.consortia.progressreport.ReportingPeriod;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;

/**
 * The council's cycle as work due from people: each business case, progress report and annual review
 * waiting at a step is due from those who take that step (the officer representative writes; the
 * accountable Head of Service, or a Director where they cannot, judges; the council's other roles as
 * the step asks), a progress report from the officer representative within a month of its period's
 * end, this year's annual review once the business case has been demonstrated, and the exit report
 * after a decision to leave. The partnership's forms and their steps are read in one statement; the
 * council's people only when a step waits for one of their roles.
 */
@ApplicationScoped
public class CycleDues implements DueSource {

    /** A progress report falls due this long before its period ends. */
    static final int REPORT_NOTICE_DAYS = 30;
    private static final String REVIEWING = "reviewing";

    @PersistenceContext
    EntityManager entityManager;

    /** A step taken on a form. */
    private record Taken(StepOutcome outcome, Long by, Instant at) {
    }

    /** A form of the cycle with its nature (a business case's) and the steps taken on it, in order. */
    private record Chain(FilledForm form, String nature, List<Taken> taken) {

        List<StepOutcome> outcomes() {
            return taken.stream().map(Taken::outcome).toList();
        }

        Long submitter() {
            return taken.stream().filter(step -> step.outcome() == StepOutcome.SUBMITTED).map(Taken::by)
                    .reduce((first, second) -> second).orElse(null);
        }
    }

    /** Only the officer representative and the council's people have work in the cycle: nobody else pays for its reads. */
    @Override
    public boolean mayHaveFor(Caller caller) {
        if (!caller.councilRoles().isEmpty()) {
            return true;
        }
        Partnership partnership = entityManager.find(Partnership.class, CurrentWorkspace.tenant());
        return partnership != null && partnership.getOfficerRepresentative() != null
                && partnership.getOfficerRepresentative().getId() == caller.accountId();
    }

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        Partnership partnership = entityManager.find(Partnership.class, CurrentWorkspace.tenant());
        if (partnership == null) {
            return List.of();
        }
        Map<String, List<Chain>> chains = chains();
        Supplier<Map<Long, Set<CouncilRole>>> councilPeople = memoised(this::councilPeople);
        Set<Long> writers = writers(partnership);
        List<DueItem> items = new ArrayList<>();
        // The council's forms have their pages outside the workspace, from the portal's root.
        String up = "/partnerships/";

        Chain newestCase = newest(chains, BusinessCaseService.CASE);
        String casePage = up + "business-case?id=" + partnership.getId();
        LocalDate demonstrated = lastDemonstrated(chains.getOrDefault(BusinessCaseService.CASE, List.of()));
        boolean caseInHand = newestCase != null
                && (newestCase.form().getState().open() || newestCase.form().getState() == FormState.SUBMITTED);
        if (caseInHand) {
            BusinessCaseStep step = BusinessCaseStep.after(newestCase.outcomes(), REVIEWING.equals(newestCase.nature()));
            if (step != null) {
                items.add(stepItem(newestCase, step, "The business case", partnership, writers, councilPeople,
                        casePage, null));
            }
        } else if (partnership.getStage().reviewedYearly() && demonstrated != null
                && today.isAfter(CycleDeadlines.businessCaseReviewDue(demonstrated))) {
            LocalDate due = CycleDeadlines.businessCaseReviewDue(demonstrated);
            items.add(new DueItem("business-case-review-due:" + due, writers, "Review the business case for the year",
                    "It was last demonstrated on " + UkDates.day(demonstrated) + ": demonstrate it again (section 9,"
                            + " \"Reviewing an existing partnership\").", casePage, due));
        }

        if (partnership.getStage().councilIsIn() && partnership.getParent() == null
                && partnership.getCouncilEnteredOn() != null) {
            progressReport(partnership, newest(chains, ProgressReportService.REPORT), writers, councilPeople, today,
                    up + "progress-report?id=" + partnership.getId()).ifPresent(items::add);
        }

        Chain review = newest(chains, AnnualReviewService.REVIEW);
        String reviewPage = up + "annual-review?id=" + partnership.getId();
        if (review != null && (review.form().getState().open() || review.form().getState() == FormState.SUBMITTED)) {
            AnnualReviewStep step = AnnualReviewStep.after(review.outcomes());
            if (step != null) {
                items.add(stepItem(review, step, "The annual review", partnership, writers, councilPeople, reviewPage,
                        demonstrated == null ? null : CycleDeadlines.businessCaseReviewDue(demonstrated)));
            }
        } else if (partnership.getStage().reviewedYearly() && demonstrated != null
                && !today.isAfter(CycleDeadlines.businessCaseReviewDue(demonstrated))
                && (review == null || review.form().getPeriodStart().isBefore(demonstrated))) {
            LocalDate due = CycleDeadlines.businessCaseReviewDue(demonstrated);
            items.add(new DueItem("annual-review-due:" + demonstrated, writers, "Carry out this year's annual review",
                    "The business case was demonstrated on " + UkDates.day(demonstrated) + ": review the partnership"
                            + " (Appendix 4a) before the year is out.", reviewPage, due));
        }

        if (partnership.getExitDecidedOn() != null) {
            Chain exit = newest(chains, LeavingService.REPORT);
            if (exit == null || exit.form().getState().open()) {
                LocalDate due = CycleDeadlines.exitReportDue(partnership.getExitDecidedOn());
                items.add(new DueItem("exit-report:" + partnership.getExitDecidedOn(), writers,
                        "Complete the exit report", "The Council decided on " + UkDates.day(partnership.getExitDecidedOn())
                        + " to end its involvement: complete the exit report (Appendix 5) and submit it to the"
                        + " Corporate Management Team.", up + "leaving?id=" + partnership.getId(), due));
            }
        }
        items.removeIf(item -> item.people().isEmpty());
        return items;
    }

    private Optional<DueItem> progressReport(Partnership partnership, Chain newest, Set<Long> writers,
            Supplier<Map<Long, Set<CouncilRole>>> councilPeople, LocalDate today, String page) {
        if (newest != null && newest.form().getState() != FormState.RECEIVED) {
            ProgressReportStep step = ProgressReportStep.after(newest.outcomes());
            return step == null ? Optional.empty() : Optional.of(stepItem(newest, step,
                    "Progress report " + newest.form().getSequenceNumber(), partnership, writers, councilPeople, page,
                    newest.form().getPeriodEnd()));
        }
        ReportingPeriod next = ReportingPeriod.next(partnership.getCouncilEnteredOn(), partnership.getReportingFrequency(),
                newest == null ? null : newest.form().getPeriodEnd());
        if (today.isBefore(next.end().minusDays(REPORT_NOTICE_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(new DueItem("progress-report-due:" + next.end(), writers,
                "Write the progress report for " + UkDates.day(next.start()) + " to " + UkDates.day(next.end()),
                "The report on the partnership's activities and progress (Appendix 3), to the Head of Service.",
                page, next.end()));
    }

    /** A form waiting at a step, due from those who take it; the key moves on with each step taken. */
    private static DueItem stepItem(Chain chain, ChainStep step, String what, Partnership partnership, Set<Long> writers,
            Supplier<Map<Long, Set<CouncilRole>>> councilPeople, String page, LocalDate due) {
        String key = "cycle:" + chain.form().getId() + ":" + chain.taken().size();
        boolean writing = step.ordinal() == 0;
        if (writing) {
            boolean returned = !chain.taken().isEmpty();
            String named = what.substring(0, 1).toLowerCase(Locale.UK) + what.substring(1);
            return new DueItem(key, writers, returned ? "Revise " + named + " and submit it again"
                    : "Finish " + named + " and submit it", returned ? "It was returned with comments: revise it as"
                    + " they ask, then submit it." : "It is yours to draft and submit.", page, due);
        }
        return new DueItem(key, takers(step, partnership, chain, councilPeople), what + " waits for you",
                "The step it waits for: " + step.label() + ".", page, due);
    }

    /** Who takes the step (see {@code ChainPeople#mayTake}): never the person who submitted the form, at a Head of Service's step. */
    private static Set<Long> takers(ChainStep step, Partnership partnership, Chain chain,
            Supplier<Map<Long, Set<CouncilRole>>> councilPeople) {
        Long submitter = chain.submitter();
        if (step.headOfServices()) {
            Long headOfService = partnership.getHeadOfService() == null ? null : partnership.getHeadOfService().getId();
            Long officer = partnership.getOfficerRepresentative() == null ? null
                    : partnership.getOfficerRepresentative().getId();
            boolean directorInstead = headOfService == null || headOfService.equals(officer)
                    || headOfService.equals(submitter);
            if (!directorInstead) {
                return Set.of(headOfService);
            }
            return councilPeople.get().entrySet().stream()
                    .filter(person -> person.getValue().contains(CouncilRole.DIRECTOR)
                            && !person.getKey().equals(submitter))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        }
        return councilPeople.get().entrySet().stream()
                .filter(person -> PermissionMatrix.allowsAny(person.getValue(), step.action()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Those who write the partnership's council forms: its officer representative, or its Head of Service where it has none. */
    private static Set<Long> writers(Partnership partnership) {
        if (partnership.getOfficerRepresentative() != null) {
            return Set.of(partnership.getOfficerRepresentative().getId());
        }
        return partnership.getHeadOfService() == null ? Set.of() : Set.of(partnership.getHeadOfService().getId());
    }

    /**
     * When the business case was last approved or found demonstrated, as the newest decision stands:
     * null where it never was, or a later decision found it not demonstrated (or rejected it).
     */
    private static LocalDate lastDemonstrated(List<Chain> cases) {
        Instant last = null;
        for (Chain chain : cases) {
            FormState state = chain.form().getState();
            if ((state == FormState.APPROVED || state == FormState.REJECTED) && !chain.taken().isEmpty()) {
                last = state == FormState.APPROVED ? chain.taken().get(chain.taken().size() - 1).at() : null;
            }
        }
        return last == null ? null : LocalDate.ofInstant(last, UkDates.LONDON);
    }

    private static Chain newest(Map<String, List<Chain>> chains, String template) {
        List<Chain> forms = chains.getOrDefault(template, List.of());
        return forms.isEmpty() ? null : forms.get(forms.size() - 1);
    }

    /** The workspace's forms of the cycle, each with its steps, the first first: one statement. */
    private Map<String, List<Chain>> chains() {
        Map<FilledForm, Chain> byForm = new LinkedHashMap<>();
        entityManager.createQuery("select f, (select n.value from FormAnswer n where n.form = f and n.question = 'nature'),"
                        + " s.outcome, s.decidedBy.id, s.decidedAt from FilledForm f left join FormStep s on s.form = f"
                        + " where f.templateKey in :keys order by f.sequenceNumber, f.id, s.id", Object[].class)
                .setParameter("keys", List.of(BusinessCaseService.CASE, ProgressReportService.REPORT,
                        AnnualReviewService.REVIEW, LeavingService.REPORT))
                .getResultStream()
                .forEach(row -> {
                    Chain chain = byForm.computeIfAbsent((FilledForm) row[0],
                            form -> new Chain(form, (String) row[1], new ArrayList<>()));
                    if (row[2] != null) {
                        chain.taken().add(new Taken((StepOutcome) row[2], (Long) row[3], (Instant) row[4]));
                    }
                });
        Map<String, List<Chain>> byTemplate = new HashMap<>();
        byForm.values().forEach(chain -> byTemplate.computeIfAbsent(chain.form().getTemplateKey(),
                key -> new ArrayList<>()).add(chain));
        return byTemplate;
    }

    /** Everyone who may sign in with a council-wide role, with their roles. */
    private Map<Long, Set<CouncilRole>> councilPeople() {
        Map<Long, Set<CouncilRole>> people = new HashMap<>();
        entityManager.createQuery("select a.id, r from Account a join a.councilRoles r where a.enabled = true"
                        + " and a.organisation.enabled = true", Object[].class)
                .getResultStream()
                .forEach(row -> people.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(CouncilRole.class))
                        .add((CouncilRole) row[1]));
        return people;
    }

    private static <T> Supplier<T> memoised(Supplier<T> read) {
        Object[] held = new Object[1];
        return () -> {
            if (held[0] == null) {
                held[0] = read.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) held[0];
            return value;
        };
    }
}
