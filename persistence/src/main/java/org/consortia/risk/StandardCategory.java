package org.consortia.risk;

import java.util.Arrays;
import java.util.List;

/**
 * The categories Appendix 8 names for each perspective. Partners may add categories of their own;
 * these are the ones every register offers.
 */
public enum StandardCategory {
    FINANCIAL(Perspective.COUNCIL, "Financial"),
    REPUTATIONAL(Perspective.COUNCIL, "Reputational"),
    RESOURCE_CONFLICTS(Perspective.COUNCIL, "Resource conflicts"),
    RELIANCE_ON_THE_PARTNERSHIP(Perspective.COUNCIL, "Reliance on the partnership"),
    LACK_OF_BUY_IN(Perspective.PARTNERSHIP, "Lack of buy-in"),
    CONFUSED_GOVERNANCE(Perspective.PARTNERSHIP, "Confused governance"),
    SEEN_AS_COUNCIL_LED(Perspective.PARTNERSHIP, "Seen as council-led"),
    UNABLE_TO_BLEND_CULTURES(Perspective.PARTNERSHIP, "Unable to blend cultures");

    private final Perspective perspective;
    private final String label;

    StandardCategory(Perspective perspective, String label) {
        this.perspective = perspective;
        this.label = label;
    }

    public Perspective perspective() {
        return perspective;
    }

    public String label() {
        return label;
    }

    public static List<StandardCategory> of(Perspective perspective) {
        return Arrays.stream(values()).filter(category -> category.perspective == perspective).toList();
    }
}
