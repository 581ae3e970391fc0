package org.consortia.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;
import org.consortia.identity.Account;
import org.consortia.partnership.LifecycleStage;
import org.consortia.validation.PlainText;

/**
 * The joint annual report of the Acting Deputy Chief Executive and the Head of Strategy &
 * Partnerships on the overall impact of the Council's involvement in partnerships (section 9,
 * Evaluation), for one financial year: their analysis and recommendations, each author's agreement,
 * and, once both have agreed, when it was issued to the Corporate Management Team and the Executive
 * with the number of partnerships at each stage that day. The year's reviews, cases and exits it
 * reports are read from their own records, up to the day it was issued.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport implements Serializable {

    public static final int TEXT_LIMIT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The year the financial year starts in: 2026 for 1 April 2026 to 31 March 2027. */
    @Column(name = "starts_in", nullable = false, unique = true, updatable = false)
    private int startsIn;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String analysis;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String recommendations;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "strategy_agreed_by")
    private Account strategyAgreedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_agreed_by")
    private Account deputyAgreedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "forming_count")
    private Integer formingCount;

    @Column(name = "performing_count")
    private Integer performingCount;

    @Column(name = "ending_count")
    private Integer endingCount;

    @Column(name = "ended_count")
    private Integer endedCount;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Version
    private long version;

    protected AnnualReport() {
    }

    public AnnualReport(int startsIn, Instant startedAt) {
        this.startsIn = startsIn;
        this.startedAt = startedAt;
    }

    /** The financial year as councils write it: "2026/27". */
    public static String yearLabel(int startsIn) {
        return startsIn + "/" + String.format("%02d", (startsIn + 1) % 100);
    }

    /** The financial year a day falls in, by the year it starts in. */
    public static int yearOf(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    public static LocalDate firstDayOf(int startsIn) {
        return LocalDate.of(startsIn, Month.APRIL, 1);
    }

    public static LocalDate lastDayOf(int startsIn) {
        return LocalDate.of(startsIn + 1, Month.MARCH, 31);
    }

    public String yearLabel() {
        return yearLabel(startsIn);
    }

    public boolean issued() {
        return issuedAt != null;
    }

    /** Both authors' agreement is for the text as it stands: a change to it asks for both again. */
    public void rewrite(String analysis, String recommendations) {
        this.analysis = analysis;
        this.recommendations = recommendations;
        this.strategyAgreedBy = null;
        this.deputyAgreedBy = null;
    }

    public void agreeAsStrategy(Account account) {
        this.strategyAgreedBy = account;
    }

    public void agreeAsDeputy(Account account) {
        this.deputyAgreedBy = account;
    }

    /** Issues the report, keeping how many partnerships stood at each stage that moment. */
    public void issue(Instant at, Map<LifecycleStage, Integer> byStage) {
        this.issuedAt = at;
        this.formingCount = byStage.getOrDefault(LifecycleStage.FORMING, 0);
        this.performingCount = byStage.getOrDefault(LifecycleStage.PERFORMING, 0);
        this.endingCount = byStage.getOrDefault(LifecycleStage.ENDING, 0);
        this.endedCount = byStage.getOrDefault(LifecycleStage.ENDED, 0);
    }

    /** The partnerships at each stage on the day it was issued; empty before. */
    public Map<LifecycleStage, Integer> stagesWhenIssued() {
        Map<LifecycleStage, Integer> byStage = new EnumMap<>(LifecycleStage.class);
        if (issued()) {
            byStage.put(LifecycleStage.FORMING, formingCount);
            byStage.put(LifecycleStage.PERFORMING, performingCount);
            byStage.put(LifecycleStage.ENDING, endingCount);
            byStage.put(LifecycleStage.ENDED, endedCount);
        }
        return byStage;
    }

    public Long getId() {
        return id;
    }

    public int getStartsIn() {
        return startsIn;
    }

    public String getAnalysis() {
        return analysis;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Account getStrategyAgreedBy() {
        return strategyAgreedBy;
    }

    public Account getDeputyAgreedBy() {
        return deputyAgreedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getVersion() {
        return version;
    }
}
