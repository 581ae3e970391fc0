package org.consortia.risk;

import java.util.Arrays;
import java.util.List;

/**
 * Every field of a register entry in export order, with its heading: the one definition behind the
 * CSV, spreadsheet and printable exports. Values keep their type (text, whole number or date).
 */
public final class RegisterColumns {

    public static final List<String> HEADINGS = List.of("Title", "Risk or opportunity", "Description", "Perspective",
            "Category", "Cause", "Effect", "Likelihood before controls", "Impact before controls",
            "Score before controls", "Likelihood after controls", "Impact after controls", "Score after controls",
            "Above tolerance", "Owner organisation", "Owner", "Allocation", "Transferred to", "Why transferred",
            "Trigger points", "Contingency plan", "Review by", "Status");

    private RegisterColumns() {
    }

    /** One entry's values, in the order of {@link #HEADINGS}; null where the entry has none. */
    public static List<Object> values(RiskEntry e, int tolerance) {
        return Arrays.asList(e.getTitle(), e.getKind().label(), e.getDescription(), e.getPerspective().label(),
                e.getCategory(), e.getCause(), e.getEffect(), e.getInherentLikelihood().label(),
                e.getInherentImpact().label(), e.inherentScore(), e.getResidualLikelihood().label(),
                e.getResidualImpact().label(), e.residualScore(), e.isAboveTolerance(tolerance) ? "Yes" : "No",
                e.getOwnerOrganisation() == null ? null : e.getOwnerOrganisation().getName(),
                e.getOwner() == null ? null : e.getOwner().getName(), e.getAllocation().label(),
                e.getTransferredTo(), e.getTransferReason(), e.getTriggerPoints(), e.getContingencyPlan(),
                e.getReviewDate(), e.getStatus().label());
    }
}
