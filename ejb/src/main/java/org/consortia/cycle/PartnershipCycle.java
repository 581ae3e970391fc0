package org.consortia.cycle;

import java.io.Serializable;
import java.util.List;
import org.consortia.partnership.LifecycleStage;

/** Where a partnership stands in the cycle, and the stages with what each asks for. */
public record PartnershipCycle(LifecycleStage stage, List<CycleStage> stages) implements Serializable {

    /** Everything outstanding at the stages reached so far. */
    public long outstanding() {
        return stages.stream().mapToLong(CycleStage::outstanding).sum();
    }
}
