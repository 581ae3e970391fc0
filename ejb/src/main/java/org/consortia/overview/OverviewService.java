package org.consortia.overview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.chain.CycleDeadlines;
import org.consortia.export.CsvTable;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.consortia.membership.Representative;
import org.consortia.mou.MouState;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.progressreport.ReportingPeriod;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.RiskTolerance;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.text.UkDates;

/**
 * The council's overview of every partnership, for the Head of Strategy & Partnerships, the
 * Corporate Management Team, the Executive and Scrutiny: read across the workspaces through the
 * audited path in three statements, whatever the number of partnerships.
 */
@Stateless
public class OverviewService {

    /** The outcomes that decide a business case, one way or the other. */
    private static final Set<StepOutcome> DECIDING = Set.of(StepOutcome.APPROVED, StepOutcome.REJECTED,
            StepOutcome.DEMONSTRATED, StepOutcome.NOT_DEMONSTRATED);

    @Inject
    AllWorkspaces allWorkspaces;

    /** One partnership's figures as the first statement reads them. */
    private record Figures(long id, String name, String slug, LifecycleStage stage, boolean subGroup,
            LocalDate councilEntered, ReportingFrequency frequency, MouState mouState, LocalDate mouReview,
            long inOffice, long signed, long aboveTolerance, long overdueActions, int tolerance) {
    }

    /** A progress report's number, state and period end. */
    private record Report(int number, FormState state, LocalDate periodEnd) {
    }

    /** What the three statements read. */
    private record Read(List<Figures> figures, Map<Long, List<Report>> reports, Map<Long, Object[]> lastCaseDecision) {
    }

    /**
     * The partnerships at the stage given (every stage when null) whose worst rating is at least as
     * bad as {@code atLeast} (any when null), by name or, with {@code worstFirst}, the worst first.
     */
    public List<OverviewRow> rows(LifecycleStage stage, Rating atLeast, boolean worstFirst) {
        Comparator<OverviewRow> order = worstFirst ? Comparator.comparing(OverviewRow::worst)
                .thenComparing(row -> row.overdue().size(), Comparator.reverseOrder()) : (first, second) -> 0;
        return rows().stream().filter(row -> stage == null || row.stage() == stage)
                .filter(row -> atLeast == null || row.worst().ordinal() <= atLeast.ordinal())
                .sorted(order).toList();
    }

    /** The rows as {@link #rows(LifecycleStage, Rating, boolean)} gives them, as CSV with each rating beside its cell. */
    public CsvTable export(LifecycleStage stage, Rating atLeast, boolean worstFirst) {
        List<String> headings = new ArrayList<>(List.of("Partnership", "Stage"));
        for (String column : OverviewRules.IN_WORDS.keySet()) {
            headings.add(column);
            headings.add(column + " rating");
        }
        headings.add("Overdue");
        CsvTable csv = new CsvTable(headings);
        for (OverviewRow row : rows(stage, atLeast, worstFirst)) {
            List<String> values = new ArrayList<>(List.of(row.name(), row.stage().label()));
            for (OverviewCell cell : row.cells()) {
                values.add(cell.text());
                values.add(cell.rating().label());
            }
            values.add(String.join("; ", row.overdue()));
            csv.row(values);
        }
        return csv;
    }

    /** Every partnership, by name, with each cell rated. */
    public List<OverviewRow> rows() {
        LocalDate today = LocalDate.now(UkDates.LONDON);
        Read read = allWorkspaces.read(Action.VIEW_OVERVIEW, "The council's overview of its partnerships", session -> {
            List<Figures> figures = session.createQuery("select p.id, p.name, p.slug, p.stage, p.parent.id,"
                            + " p.councilEnteredOn, p.reportingFrequency,"
                            + " (select m.state from Mou m where m.partnershipId = p.id),"
                            + " (select m.reviewDate from Mou m where m.partnershipId = p.id),"
                            + " (select count(distinct r.account.id) from Representative r where r.partnershipId = p.id"
                            + " and " + Representative.IN_OFFICE_ON_DAY + "),"
                            + " (select count(distinct r.account.id) from Representative r where r.partnershipId = p.id"
                            + " and " + Representative.IN_OFFICE_ON_DAY + " and exists (select s.id from ConductSignature s"
                            + " where s.partnershipId = p.id and s.signatory = r.account and s.code.codeVersion ="
                            + " (select max(c.codeVersion) from ConductCode c where c.partnershipId = p.id))),"
                            + " (select count(e) from RiskEntry e where e.partnershipId = p.id and e.status <> :closed"
                            + " and e.residualScore > coalesce((select t.score from RiskTolerance t"
                            + " where t.partnershipId = p.id), :defaultTolerance)),"
                            + " (select count(a) from MitigationAction a where a.partnershipId = p.id and a.doneOn is null"
                            + " and a.deadline < :day and a.entry.status <> :closed),"
                            + " coalesce((select t.score from RiskTolerance t where t.partnershipId = p.id), :defaultTolerance)"
                            + " from Partnership p left join p.parent order by lower(p.name), p.id", Object[].class)
                    .setParameter("day", today).setParameter("closed", EntryStatus.CLOSED)
                    .setParameter("defaultTolerance", RiskTolerance.DEFAULT_SCORE)
                    .getResultStream()
                    .map(row -> new Figures((Long) row[0], (String) row[1], (String) row[2], (LifecycleStage) row[3],
                            row[4] != null, (LocalDate) row[5], (ReportingFrequency) row[6], (MouState) row[7],
                            (LocalDate) row[8], (Long) row[9], (Long) row[10], (Long) row[11], (Long) row[12],
                            ((Number) row[13]).intValue()))
                    .toList();
            Map<Long, List<Report>> reports = new HashMap<>();
            session.createQuery("select f.partnershipId, f.sequenceNumber, f.state, f.periodEnd from FilledForm f"
                            + " where f.templateKey = :key order by f.sequenceNumber", Object[].class)
                    .setParameter("key", ProgressReportService.REPORT).getResultStream()
                    .forEach(row -> reports.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new Report((Integer) row[1], (FormState) row[2], (LocalDate) row[3])));
            Map<Long, Object[]> lastCaseDecision = new HashMap<>();
            session.createQuery("select s.partnershipId, s.form.sequenceNumber, s.outcome, s.decidedAt from FormStep s"
                            + " where s.form.templateKey = :key order by s.form.sequenceNumber, s.id", Object[].class)
                    .setParameter("key", BusinessCaseService.CASE).getResultStream()
                    .filter(row -> DECIDING.contains((StepOutcome) row[2]))
                    .forEach(row -> lastCaseDecision.put((Long) row[0], row));
            return new Read(figures, reports, lastCaseDecision);
        });
        return read.figures().stream().map(figures -> row(figures, read, today)).toList();
    }

    private static OverviewRow row(Figures figures, Read read, LocalDate today) {
        long id = figures.id();
        String workspace = "/w/" + figures.slug();
        boolean in = figures.stage().councilIsIn();
        return new OverviewRow(id, figures.name(), figures.stage(),
                OverviewRules.memorandum(figures.mouState(), figures.mouReview(), in, today, workspace + "/mou"),
                OverviewRules.conduct(figures.inOffice(), figures.signed(), workspace + "/conduct"),
                OverviewRules.count(figures.aboveTolerance(), "entry above tolerance", "entries above tolerance",
                        workspace + "/risks?from=" + (figures.tolerance() + 1)),
                OverviewRules.count(figures.overdueActions(), "action overdue", "actions overdue", workspace + "/risks"),
                progressReport(figures, read.reports().getOrDefault(id, List.of()), today),
                review(figures, read.lastCaseDecision().get(id), today));
    }

    private static OverviewCell progressReport(Figures figures, List<Report> reports, LocalDate today) {
        String link = "/partnerships/progress-report?id=" + figures.id();
        if (figures.subGroup()) {
            return new OverviewCell("Reports through its parent", Rating.NOT_DUE, link);
        }
        if (figures.councilEntered() == null || !figures.stage().councilIsIn()) {
            return new OverviewCell("None due", Rating.NOT_DUE, link);
        }
        Report last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        LocalDate due = last != null && last.state() != FormState.RECEIVED ? last.periodEnd()
                : ReportingPeriod.next(figures.councilEntered(), figures.frequency(),
                        last == null ? null : last.periodEnd()).end();
        return OverviewRules.dueBy("Report", due, OverviewRules.SOON_DAYS, today, link);
    }

    private static OverviewCell review(Figures figures, Object[] lastDecision, LocalDate today) {
        String link = "/partnerships/annual-review?id=" + figures.id();
        if (!figures.stage().reviewedYearly()) {
            return new OverviewCell("None due", Rating.NOT_DUE, link);
        }
        if (lastDecision == null || lastDecision[2] == StepOutcome.REJECTED) {
            return new OverviewCell("The business case has not been demonstrated", Rating.RED, link);
        }
        if (lastDecision[2] == StepOutcome.NOT_DEMONSTRATED) {
            return new OverviewCell("The business case could not be demonstrated", Rating.RED, link);
        }
        LocalDate lastMade = LocalDate.ofInstant((Instant) lastDecision[3], UkDates.LONDON);
        return OverviewRules.dueBy("Review", CycleDeadlines.businessCaseReviewDue(lastMade),
                OverviewRules.REVIEW_SOON_DAYS, today, link);
    }
}
