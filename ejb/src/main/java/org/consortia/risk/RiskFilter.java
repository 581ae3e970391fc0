package org.consortia.risk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the register list is filtered by; a null field does not filter. The score band runs from the
 * minimum to the maximum score after controls, both included. A heat-map cell filters by
 * its likelihood and impact, before controls (inherent) or after them (residual).
 */
public record RiskFilter(EntryKind kind, String category, Long ownerOrganisationId, EntryStatus status,
        Integer minimumResidualScore, Integer maximumResidualScore, boolean overdueReviewOnly, Likelihood likelihood,
        Impact impact, boolean inherentCell) implements Serializable {

    public RiskFilter(EntryKind kind, String category, Long ownerOrganisationId, EntryStatus status,
            Integer minimumResidualScore, boolean overdueReviewOnly) {
        this(kind, category, ownerOrganisationId, status, minimumResidualScore, null, overdueReviewOnly, null, null,
                false);
    }

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, false);
    }

    /**
     * How the filter chooses entries, in words ("risks only; status Assessed"), given the owner
     * organisation's name; null when it chooses every entry.
     */
    public String describe(String ownerOrganisationName) {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add(kind == EntryKind.RISK ? "risks only" : "opportunities only");
        }
        if (category != null && !category.isBlank()) {
            parts.add("category “" + category.strip() + "”");
        }
        if (ownerOrganisationId != null) {
            parts.add("owned by " + ownerOrganisationName);
        }
        if (status != null) {
            parts.add("status " + status.label());
        }
        if (minimumResidualScore != null || maximumResidualScore != null) {
            parts.add("score after controls " + (minimumResidualScore == null ? "up to " + maximumResidualScore
                    : maximumResidualScore == null ? "from " + minimumResidualScore
                    : "from " + minimumResidualScore + " to " + maximumResidualScore));
        }
        if (overdueReviewOnly) {
            parts.add("past their review date");
        }
        if (likelihood != null && impact != null) {
            parts.add("likelihood " + likelihood.label() + " and impact " + impact.label() + " "
                    + (inherentCell ? "before" : "after") + " controls");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
