package org.consortia.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole register of one workspace for export, entries by title, with every mitigation action
 * and the tolerance the partners agreed.
 */
public record RegisterExport(String partnershipName, int tolerance, LocalDate madeOn, List<RiskEntry> entries,
        List<MitigationAction> actions) {

    /** The actions of each entry, grouped in one pass. */
    public Map<RiskEntry, List<MitigationAction>> actionsByEntry() {
        return actions.stream().collect(Collectors.groupingBy(MitigationAction::getEntry));
    }
}
