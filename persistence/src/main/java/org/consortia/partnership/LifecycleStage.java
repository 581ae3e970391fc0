package org.consortia.partnership;

/**
 * Where the council stands in a partnership, through the cycle of Appendix 1: making the business
 * case (forming), framework, delivery and review (performing), leaving (ending) and left (ended).
 */
public enum LifecycleStage {
    FORMING("Forming"),
    PERFORMING("Performing"),
    ENDING("Ending"),
    ENDED("Ended");

    private final String label;

    LifecycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
