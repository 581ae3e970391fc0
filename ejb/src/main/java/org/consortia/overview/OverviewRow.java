package org.consortia.overview;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.consortia.partnership.LifecycleStage;

/** One partnership in the council's overview. */
public record OverviewRow(long partnershipId, String name, LifecycleStage stage, OverviewCell memorandum,
        OverviewCell conduct, OverviewCell risks, OverviewCell actions, OverviewCell progressReport, OverviewCell review)
        implements Serializable {

    public List<OverviewCell> cells() {
        return List.of(memorandum, conduct, risks, actions, progressReport, review);
    }

    /** The worst rating of the row. */
    public Rating worst() {
        return cells().stream().map(OverviewCell::rating).reduce(Rating.NOT_DUE, Rating::worse);
    }

    /** The things rated red, in a line, or "Nothing". */
    public String overdueInWords() {
        List<String> red = overdue();
        return red.isEmpty() ? "Nothing" : String.join(", ", red);
    }

    /** The things rated red, by name, for the column that says what is overdue. */
    public List<String> overdue() {
        return Stream.of(memorandum.rating() == Rating.RED ? "Memorandum" : null,
                conduct.rating() == Rating.RED ? "Code of conduct" : null,
                risks.rating() == Rating.RED ? "Risks above tolerance" : null,
                actions.rating() == Rating.RED ? "Mitigation actions" : null,
                progressReport.rating() == Rating.RED ? "Progress report" : null,
                review.rating() == Rating.RED ? "Review" : null).filter(name -> name != null).toList();
    }
}
