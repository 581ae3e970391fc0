package org.consortia.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole register of one workspace for export, entries by title, with every mitigation action
 * and the tolerance the partners agreed.
 */
public record RegisterExport(String partnershipName, int tolerance, LocalDate madeOn, List<RiskEntry> entries,
        List<MitigationAction> actions) {

    public List<MitigationAction> actionsOf(RiskEntry entry) {
        return actions.stream().filter(action -> action.getEntry().equals(entry)).toList();
    }
}
