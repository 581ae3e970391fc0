package org.consortia.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The register of one workspace for export, entries by title, with their mitigation actions and
 * the tolerance the partners agreed; when only some entries were chosen, how (null for all).
 */
public record RegisterExport(String partnershipName, int tolerance, LocalDate madeOn, List<RiskEntry> entries,
        List<MitigationAction> actions, String filteredBy) {

    public RegisterExport(String partnershipName, int tolerance, LocalDate madeOn, List<RiskEntry> entries,
            List<MitigationAction> actions) {
        this(partnershipName, tolerance, madeOn, entries, actions, null);
    }

    /** The actions of each entry, grouped in one pass. */
    public Map<RiskEntry, List<MitigationAction>> actionsByEntry() {
        return actions.stream().collect(Collectors.groupingBy(MitigationAction::getEntry));
    }
}
