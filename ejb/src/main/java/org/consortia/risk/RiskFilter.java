package org.consortia.risk;

/** What the register list is filtered by; a null field does not filter. */
public record RiskFilter(EntryKind kind, String category, Long ownerOrganisationId, EntryStatus status,
        Integer minimumResidualScore, boolean overdueReviewOnly) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, false);
    }
}
