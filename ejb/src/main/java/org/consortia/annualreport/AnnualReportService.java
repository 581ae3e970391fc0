package org.consortia.annualreport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.PermissionMatrix;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.CouncilRole;
import org.consortia.text.UkDates;
import org.consortia.validation.InputValidator;

/**
 * The joint annual report on the overall impact of the Council's involvement in partnerships
 * (section 9, Evaluation): written by the Acting Deputy Chief Executive and the Head of Strategy &
 * Partnerships from the figures the portal assembles for the financial year, issued to the Corporate
 * Management Team and the Executive once both have agreed the same text, and then read and commented
 * on by them and by Overview & Scrutiny. Drafts are their authors' alone.
 */
@Stateless
public class AnnualReportService {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The first financial year a report may be written for. */
    static final int FIRST_YEAR = 2000;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    InputValidator validator;

    @Inject
    AnnualReportAssembly assembly;

    /** The financial year today falls in, by the year it starts in. */
    public int currentYear() {
        return AnnualReport.yearOf(LocalDate.now(UkDates.LONDON));
    }

    /** Whether the caller writes the annual report, and so may start one. */
    public boolean mayProduce() {
        return callers.current().may(Action.PRODUCE_ANNUAL_REPORT);
    }

    /** Every year's report the caller may read, the newest first: drafts only for their authors. */
    public List<AnnualReportSummary> list() {
        Caller caller = callers.require(Action.READ_ANNUAL_REPORT);
        boolean drafts = caller.may(Action.PRODUCE_ANNUAL_REPORT);
        return entityManager.createQuery("select new org.consortia.annualreport.AnnualReportSummary(r.startsIn,"
                        + " r.issuedAt, r.strategyAgreedBy is not null, r.deputyAgreedBy is not null)"
                        + " from AnnualReport r where r.issuedAt is not null or :drafts = true order by r.startsIn desc",
                        AnnualReportSummary.class)
                .setParameter("drafts", drafts).getResultList();
    }

    /** The report of the year, with its figures as assembled now, or up to the moment it was issued. */
    public AnnualReportRead open(int startsIn) {
        Caller caller = callers.require(Action.READ_ANNUAL_REPORT);
        AnnualReport report = readable(caller, startsIn);
        return read(caller, report);
    }

    /** Starts the report of a financial year that has begun; one report a year. */
    public AnnualReportRead start(int startsIn) {
        Caller caller = callers.require(Action.PRODUCE_ANNUAL_REPORT);
        if (startsIn < FIRST_YEAR || startsIn > currentYear()) {
            throw InvalidInputException.of("year", "Choose a financial year from " + AnnualReport.yearLabel(FIRST_YEAR)
                    + " to this one, " + AnnualReport.yearLabel(currentYear()) + ".");
        }
        if (find(startsIn) != null) {
            throw new ConcurrentEditException("The annual report for " + AnnualReport.yearLabel(startsIn)
                    + " has been started already: open it from the list.");
        }
        AnnualReport report = new AnnualReport(startsIn, Instant.now());
        try {
            entityManager.persist(report);
            entityManager.flush();
        } catch (PersistenceException startedMeanwhile) {
            throw new ConcurrentEditException("The annual report for " + AnnualReport.yearLabel(startsIn)
                    + " has just been started by its other author: open it from the list.");
        }
        return read(caller, report);
    }

    /**
     * Saves the analysis and recommendations of a report not yet issued. A change to the text asks
     * both authors to agree it again. Refused where someone else saved it since {@code loadedVersion}.
     */
    public AnnualReportRead save(int startsIn, String analysis, String recommendations, long loadedVersion) {
        Caller caller = callers.require(Action.PRODUCE_ANNUAL_REPORT);
        AnnualReport report = lockedDraft(startsIn, loadedVersion);
        String newAnalysis = blankToNull(analysis);
        String newRecommendations = blankToNull(recommendations);
        if (!Objects.equals(newAnalysis, report.getAnalysis())
                || !Objects.equals(newRecommendations, report.getRecommendations())) {
            report.rewrite(newAnalysis, newRecommendations);
            validator.check(report);
            entityManager.flush();
        }
        return read(caller, report);
    }

    /**
     * Records the caller's agreement to the report as it stands, as the Head of Strategy &
     * Partnerships or as the Acting Deputy Chief Executive; once both have agreed, two different
     * people, the report is issued to the Corporate Management Team and the Executive and kept as it
     * was issued.
     */
    public AnnualReportRead agree(int startsIn, long loadedVersion) {
        Caller caller = callers.require(Action.PRODUCE_ANNUAL_REPORT);
        AnnualReport report = lockedDraft(startsIn, loadedVersion);
        if (report.getAnalysis() == null || report.getRecommendations() == null) {
            throw InvalidInputException.of("agree", "Write the analysis and the recommendations before agreeing the"
                    + " report.");
        }
        CouncilRole capacity = agreeingAs(caller, report);
        if (capacity == null) {
            throw new AccessDeniedException(agreedBy(caller, report)
                    ? "You have agreed the report: it is issued once its other author agrees it too."
                    : "The report is agreed by the Head of Strategy & Partnerships and the Acting Deputy Chief"
                    + " Executive, two different people.");
        }
        Account account = entityManager.find(Account.class, caller.accountId());
        if (capacity == CouncilRole.STRATEGY) {
            report.agreeAsStrategy(account);
        } else {
            report.agreeAsDeputy(account);
        }
        if (report.getStrategyAgreedBy() != null && report.getDeputyAgreedBy() != null) {
            Instant now = Instant.now();
            AnnualReportFigures figures = assembly.assemble(startsIn, now);
            report.issue(now, figures.byStage());
            entityManager.flush();
            AnnualReportRead issued = read(caller, report, figures);
            entityManager.persist(new AnnualReportCopy(report.getId(), AnnualReportPdf.write(issued),
                    JSON.toJson(withoutStages(figures))));
            return issued;
        }
        entityManager.flush();
        return read(caller, report);
    }

    /** A comment on an issued report, by the Corporate Management Team, the Executive or Overview & Scrutiny. */
    public AnnualReportRead comment(int startsIn, String comments) {
        Caller caller = callers.require(Action.COMMENT_ON_ANNUAL_REPORT);
        AnnualReport report = readable(caller, startsIn);
        if (!report.issued()) {
            throw new AccessDeniedException("Comments are made on the report once it is issued.");
        }
        AnnualReportComment comment = new AnnualReportComment(report, entityManager.find(Account.class,
                caller.accountId()), commentingAs(caller).label(), Instant.now(), blankToNull(comments));
        validator.check(comment);
        entityManager.persist(comment);
        entityManager.flush();
        return read(caller, report);
    }

    /** The report as a PDF: as it was issued, or, for its authors, the draft as it stands. */
    public byte[] exportPdf(int startsIn) {
        Caller caller = callers.require(Action.READ_ANNUAL_REPORT);
        AnnualReport report = readable(caller, startsIn);
        if (report.issued()) {
            return entityManager.find(AnnualReportCopy.class, report.getId()).bytes();
        }
        return AnnualReportPdf.write(read(caller, report));
    }

    /** The report with its figures: as issued, or for a draft as the records stand now. */
    private AnnualReportRead read(Caller caller, AnnualReport report) {
        AnnualReportFigures figures = report.issued()
                ? JSON.fromJson(entityManager.find(AnnualReportCopy.class, report.getId()).figures(),
                        AnnualReportFigures.class)
                : assembly.assemble(report.getStartsIn(), Instant.now());
        return read(caller, report, figures);
    }

    /** The figures kept with the issued report; the stages of that day are kept on the report itself. */
    private static AnnualReportFigures withoutStages(AnnualReportFigures figures) {
        return new AnnualReportFigures(figures.startsIn(), figures.from(), figures.to(), figures.sections(),
                figures.reviews(), figures.notDemonstrated(), figures.exits(), Map.of());
    }

    private AnnualReportRead read(Caller caller, AnnualReport report, AnnualReportFigures assembled) {
        AnnualReportFigures figures = !report.issued() ? assembled : new AnnualReportFigures(assembled.startsIn(),
                assembled.from(), assembled.to(), assembled.sections(), assembled.reviews(), assembled.notDemonstrated(),
                assembled.exits(), report.stagesWhenIssued());
        List<AnnualReportRead.Comment> comments = !report.issued() ? List.of() : entityManager.createQuery(
                        "select new org.consortia.annualreport.AnnualReportRead$Comment(a.name, c.capacity, c.writtenAt,"
                                + " c.comments) from AnnualReportComment c join c.author a where c.report = :report"
                                + " order by c.id", AnnualReportRead.Comment.class)
                .setParameter("report", report).getResultList();
        boolean producer = caller.may(Action.PRODUCE_ANNUAL_REPORT);
        CouncilRole agreeing = producer && !report.issued() ? agreeingAs(caller, report) : null;
        return new AnnualReportRead(report.getStartsIn(), report.yearLabel(), report.getAnalysis(),
                report.getRecommendations(), report.getVersion(), nameOf(report.getStrategyAgreedBy()),
                nameOf(report.getDeputyAgreedBy()), report.getIssuedAt(), figures, comments,
                producer && !report.issued(), agreeing == null ? null : agreeing.label(),
                report.issued() && caller.may(Action.COMMENT_ON_ANNUAL_REPORT));
    }

    /** The capacity the caller would agree the report in now, or null where they may not agree it. */
    private static CouncilRole agreeingAs(Caller caller, AnnualReport report) {
        if (agreedBy(caller, report)) {
            return null;
        }
        if (report.getStrategyAgreedBy() == null && caller.councilRoles().contains(CouncilRole.STRATEGY)) {
            return CouncilRole.STRATEGY;
        }
        if (report.getDeputyAgreedBy() == null && caller.councilRoles().contains(CouncilRole.DEPUTY_CHIEF_EXECUTIVE)) {
            return CouncilRole.DEPUTY_CHIEF_EXECUTIVE;
        }
        return null;
    }

    private static boolean agreedBy(Caller caller, AnnualReport report) {
        return isAccount(report.getStrategyAgreedBy(), caller) || isAccount(report.getDeputyAgreedBy(), caller);
    }

    private static boolean isAccount(Account account, Caller caller) {
        return account != null && account.getId() == caller.accountId();
    }

    private static CouncilRole commentingAs(Caller caller) {
        return caller.councilRoles().stream()
                .filter(role -> PermissionMatrix.allows(role, Action.COMMENT_ON_ANNUAL_REPORT)).findFirst().orElseThrow();
    }

    /** The report of the year the caller may read: drafts are their authors' alone, and "not found" to anyone else. */
    private AnnualReport readable(Caller caller, int startsIn) {
        AnnualReport report = find(startsIn);
        if (report == null || !report.issued() && !caller.may(Action.PRODUCE_ANNUAL_REPORT)) {
            throw new RecordNotFoundException("No annual report for " + AnnualReport.yearLabel(startsIn) + ".");
        }
        return report;
    }

    /** The draft of the year, locked, as the caller loaded it; refused once issued or changed meanwhile. */
    private AnnualReport lockedDraft(int startsIn, long loadedVersion) {
        // Locked as it is first read, so that of two saves or agreements at once the second reads the first's result.
        AnnualReport report = entityManager.createQuery("select r from AnnualReport r where r.startsIn = :year",
                        AnnualReport.class)
                .setParameter("year", startsIn).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No annual report for " + AnnualReport.yearLabel(startsIn)
                        + "."));
        if (report.issued()) {
            throw new AccessDeniedException("The report has been issued and is kept as it was.");
        }
        if (report.getVersion() != loadedVersion) {
            throw new ConcurrentEditException("The report has been changed by its other author since you opened it:"
                    + " read their changes, then make yours again.");
        }
        return report;
    }

    private AnnualReport find(int startsIn) {
        return entityManager.createQuery("select r from AnnualReport r left join fetch r.strategyAgreedBy"
                        + " left join fetch r.deputyAgreedBy where r.startsIn = :year", AnnualReport.class)
                .setParameter("year", startsIn).getResultStream().findFirst().orElse(null);
    }

    private static String nameOf(Account account) {
        return account == null ? null : account.getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
