package org.consortia.risk;

/**
 * What the register list is filtered by; a null field does not filter. The score band runs from the
 * minimum to the maximum score after controls, both included. A heat-map cell filters by
 * its likelihood and impact, before controls (inherent) or after them (residual).
 */
public record RiskFilter(EntryKind kind, String category, Long ownerOrganisationId, EntryStatus status,
        Integer minimumResidualScore, Integer maximumResidualScore, boolean overdueReviewOnly, Likelihood likelihood,
        Impact impact, boolean inherentCell) {

    public RiskFilter(EntryKind kind, String category, Long ownerOrganisationId, EntryStatus status,
            Integer minimumResidualScore, boolean overdueReviewOnly) {
        this(kind, category, ownerOrganisationId, status, minimumResidualScore, null, overdueReviewOnly, null, null,
                false);
    }

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, false);
    }
}
