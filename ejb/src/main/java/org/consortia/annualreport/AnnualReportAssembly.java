package org.consortia.annualreport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.annualreport.AnnualReportFigures.CaseNotDemonstrated;
import org.consortia.annualreport.AnnualReportFigures.Exit;
import org.consortia.annualreport.AnnualReportFigures.ReviewScores;
import org.consortia.annualreport.AnnualReportFigures.SectionScores;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.forms.FormTemplates;
import org.consortia.forms.Score;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.forms.TemplateSection;
import org.consortia.leaving.LeavingService;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LifecycleStage;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.text.UkDates;
import org.hibernate.Session;

/**
 * Reads what an annual report reports from the records of every workspace, through the audited
 * path, in two to four statements whatever the number of partnerships: the reviews the Corporate Management
 * Team considered in the year, the business cases found not demonstrated, the decisions to leave and
 * their exit reports, and the partnerships at each stage.
 */
@Stateless
public class AnnualReportAssembly {

    /** What the exit report (Appendix 5) says was achieved, was best practice, and could have been done better. */
    private static final List<String> LEARNING = List.of("8", "9", "10");
    private static final String ASSESSMENT = "-assessment";

    @Inject
    AllWorkspaces allWorkspaces;

    @Inject
    FormTemplates templates;

    /**
     * The figures of the financial year starting in {@code startsIn}, read up to {@code until} (the
     * moment the report was issued, or now) where that comes before the year's end.
     */
    public AnnualReportFigures assemble(int startsIn, Instant until) {
        LocalDate from = AnnualReport.firstDayOf(startsIn);
        Instant start = from.atStartOfDay(UkDates.LONDON).toInstant();
        Instant yearEnd = AnnualReport.lastDayOf(startsIn).plusDays(1).atStartOfDay(UkDates.LONDON).toInstant();
        Instant end = until.isBefore(yearEnd) ? until : yearEnd;
        LocalDate to = LocalDate.ofInstant(end.minusNanos(1), UkDates.LONDON);
        List<TemplateSection> sections = templates.latest(AnnualReviewService.REVIEW).sections().stream()
                .filter(section -> section.questions().stream().anyMatch(question -> question.id().endsWith(ASSESSMENT)))
                .toList();
        return allWorkspaces.read(Action.READ_ANNUAL_REPORT, "The annual report on the Council's partnerships "
                + AnnualReport.yearLabel(startsIn), session -> {
                    Map<Long, String> names = new HashMap<>();
                    Map<LifecycleStage, Integer> byStage = new EnumMap<>(LifecycleStage.class);
                    for (LifecycleStage stage : LifecycleStage.values()) {
                        byStage.put(stage, 0);
                    }
                    List<Object[]> decidedToLeave = new ArrayList<>();
                    session.createQuery("select p.id, p.name, p.stage, p.exitDecidedOn, p.exitDecidedBy, p.exitReason,"
                                    + " p.involvementEndsOn from Partnership p order by p.exitDecidedOn, p.id",
                                    Object[].class)
                            .getResultStream().forEach(row -> {
                                names.put((Long) row[0], (String) row[1]);
                                byStage.merge((LifecycleStage) row[2], 1, Integer::sum);
                                LocalDate decidedOn = (LocalDate) row[3];
                                if (decidedOn != null && !decidedOn.isBefore(from) && !decidedOn.isAfter(to)) {
                                    decidedToLeave.add(row);
                                }
                            });
                    List<Object[]> steps = session.createQuery("select s.partnershipId, s.form.id, s.form.sequenceNumber,"
                                    + " s.decidedAt, s.comments, s.outcome from FormStep s where s.decidedAt >= :start"
                                    + " and s.decidedAt < :end and (s.form.templateKey = :review and s.outcome = :considered"
                                    + " or s.form.templateKey = :case and s.outcome = :notDemonstrated) order by s.decidedAt",
                                    Object[].class)
                            .setParameter("start", start).setParameter("end", end)
                            .setParameter("review", AnnualReviewService.REVIEW)
                            .setParameter("considered", StepOutcome.CONSIDERED)
                            .setParameter("case", BusinessCaseService.CASE)
                            .setParameter("notDemonstrated", StepOutcome.NOT_DEMONSTRATED).getResultList();
                    List<ReviewScores> reviews = reviews(session, names, sections, steps.stream()
                            .filter(row -> row[5] == StepOutcome.CONSIDERED).toList());
                    return new AnnualReportFigures(startsIn, from, to, sectionScores(sections, reviews), reviews,
                            notDemonstrated(names, steps.stream().filter(row -> row[5] == StepOutcome.NOT_DEMONSTRATED)
                                    .toList()), exits(session, names, decidedToLeave, end), byStage);
                });
    }

    /** Each partnership's newest review considered in the period, with its score for each section. */
    private static List<ReviewScores> reviews(Session session, Map<Long, String> names, List<TemplateSection> sections,
            List<Object[]> considered) {
        Map<Long, Object[]> newestByPartnership = new LinkedHashMap<>();
        considered.forEach(row -> newestByPartnership.put((Long) row[0], row));
        if (newestByPartnership.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> answers = new HashMap<>();
        session.createQuery("select a.form.id, a.question, a.value from FormAnswer a where a.form.id in :forms"
                        + " and a.question like :assessments", Object[].class)
                .setParameter("forms", newestByPartnership.values().stream().map(row -> (Long) row[1]).toList())
                .setParameter("assessments", "%" + ASSESSMENT)
                .getResultStream().forEach(row -> answers.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((String) row[1], (String) row[2]));
        List<ReviewScores> reviews = new ArrayList<>();
        newestByPartnership.forEach((partnershipId, row) -> {
            Map<String, String> given = answers.getOrDefault((Long) row[1], Map.of());
            List<Integer> scores = sections.stream().map(section -> assessmentOf(section))
                    .map(question -> Score.of(given.get(question)).map(Score::value).orElse(null))
                    .toList();
            reviews.add(new ReviewScores(partnershipId, names.get(partnershipId), (Integer) row[2],
                    LocalDate.ofInstant((Instant) row[3], UkDates.LONDON), scores));
        });
        reviews.sort((first, second) -> first.partnership().compareToIgnoreCase(second.partnership()));
        return reviews;
    }

    private static String assessmentOf(TemplateSection section) {
        return section.questions().stream().map(TemplateQuestion::id).filter(id -> id.endsWith(ASSESSMENT))
                .findFirst().orElseThrow();
    }

    private static List<SectionScores> sectionScores(List<TemplateSection> sections, List<ReviewScores> reviews) {
        List<SectionScores> scores = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            int[] counts = new int[4];
            for (ReviewScores review : reviews) {
                Integer score = review.scores().get(i);
                if (score != null && score >= 1 && score <= 3) {
                    counts[score]++;
                }
            }
            scores.add(new SectionScores(sections.get(i).heading(), counts[1], counts[2], counts[3]));
        }
        return scores;
    }

    private static List<CaseNotDemonstrated> notDemonstrated(Map<Long, String> names, List<Object[]> found) {
        return found.stream()
                .map(row -> new CaseNotDemonstrated((Long) row[0], names.get((Long) row[0]), (Integer) row[2],
                        LocalDate.ofInstant((Instant) row[3], UkDates.LONDON), (String) row[4]))
                .toList();
    }

    /** The decisions to leave taken in the period, with what their exit reports, once submitted, say was learnt. */
    private static List<Exit> exits(Session session, Map<Long, String> names, List<Object[]> decidedToLeave,
            Instant end) {
        if (decidedToLeave.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> learning = new HashMap<>();
        session.createQuery("select f.partnershipId, a.question, a.value from FormAnswer a join a.form f"
                        + " where f.templateKey = :key and f.partnershipId in :left and a.question in :learning"
                        + " and exists (select s.id from FormStep s where s.form = f and s.outcome = :submitted"
                        + " and s.decidedAt < :end)", Object[].class)
                .setParameter("key", LeavingService.REPORT).setParameter("learning", LEARNING)
                .setParameter("left", decidedToLeave.stream().map(row -> (Long) row[0]).toList())
                .setParameter("submitted", StepOutcome.SUBMITTED).setParameter("end", end)
                .getResultStream().forEach(row -> learning.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((String) row[1], (String) row[2]));
        return decidedToLeave.stream()
                .map(row -> {
                    long id = (Long) row[0];
                    Map<String, String> said = learning.get(id);
                    return new Exit(id, names.get(id), (LocalDate) row[3], ((DecidingBody) row[4]).label(),
                            ((ExitReason) row[5]).label(), (LocalDate) row[6], said != null,
                            said == null ? null : said.get("8"), said == null ? null : said.get("9"),
                            said == null ? null : said.get("10"));
                })
                .toList();
    }
}
