package org.consortia.cycle;

import java.io.Serializable;
import java.util.List;

/**
 * One stage of the cycle of Appendix 1 with what it asks for.
 *
 * @param current whether the partnership is at this stage now
 * @param reached whether the partnership has reached it (so that what it asks for is due)
 */
public record CycleStage(String heading, String description, boolean current, boolean reached, List<CycleItem> items)
        implements Serializable {

    /** How many of the stage's items have something outstanding. */
    public long outstanding() {
        return items.stream().filter(item -> item.outstanding() != null).count();
    }
}
