package org.consortia.annualreport;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consortia.partnership.LifecycleStage;

/**
 * What the portal assembles for an annual report from the year's records: the scores each section of
 * Appendix 4a was given across the partnerships reviewed, each review's scores, the business cases
 * not demonstrated, the exits with their learning points, and the partnerships at each stage.
 *
 * @param from    the first day of the financial year
 * @param to      the last day read: the year's last, or the day the report was read or issued if earlier
 * @param byStage how many partnerships stand at each stage: on the day it was issued, or now
 */
public record AnnualReportFigures(int startsIn, LocalDate from, LocalDate to, List<SectionScores> sections,
        List<ReviewScores> reviews, List<CaseNotDemonstrated> notDemonstrated, List<Exit> exits,
        Map<LifecycleStage, Integer> byStage) implements Serializable {

    /** How many reviews gave a section each score: 1 (no, action required), 2 (yes, could be improved), 3 (effective). */
    public record SectionScores(String section, int actionRequired, int couldBeImproved, int workingEffectively)
            implements Serializable {

        public int scored() {
            return actionRequired + couldBeImproved + workingEffectively;
        }

        /** The mean score to one decimal place, or null where no review scored the section. */
        public String average() {
            int scored = scored();
            return scored == 0 ? null
                    : String.format(Locale.ROOT, "%.1f", (actionRequired + 2.0 * couldBeImproved + 3.0 * workingEffectively) / scored);
        }
    }

    /** One partnership's newest review considered in the year, with its score for each section (null where none). */
    public record ReviewScores(long partnershipId, String partnership, int number, LocalDate consideredOn,
            List<Integer> scores) implements Serializable {
    }

    /** A yearly review of a business case that found it not demonstrated, with the reasons given. */
    public record CaseNotDemonstrated(long partnershipId, String partnership, int caseNumber, LocalDate on,
            String reasons) implements Serializable {
    }

    /**
     * A decision in the year that the Council's involvement ends, and what its exit report says was
     * achieved, was best practice and could have been done better (once the report is submitted).
     */
    public record Exit(long partnershipId, String partnership, LocalDate decidedOn, String decidedBy, String reason,
            LocalDate endsOn, boolean reportSubmitted, String achieved, String bestPractice, String couldDoBetter)
            implements Serializable {
    }

    public int partnerships() {
        return byStage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
