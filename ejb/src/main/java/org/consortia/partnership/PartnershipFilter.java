package org.consortia.partnership;

import java.io.Serializable;

/** What the partnership database list is filtered by; a null field does not filter. */
public record PartnershipFilter(String text, PartnershipType type, LifecycleStage stage, Boolean statutory,
        Boolean significant, Long headOfServiceId, Theme theme) implements Serializable {

    public static PartnershipFilter none() {
        return new PartnershipFilter(null, null, null, null, null, null, null);
    }
}
