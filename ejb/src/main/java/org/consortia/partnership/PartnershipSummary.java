package org.consortia.partnership;

import java.io.Serializable;
import java.time.LocalDate;

/** A row of the partnership database list. */
public record PartnershipSummary(long id, String name, String slug, PartnershipType type, LifecycleStage stage,
        boolean statutory, boolean significant, String headOfService, LocalDate startDate,
        LocalDate proposedEndDate) implements Serializable {
}
