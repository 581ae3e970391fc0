package org.consortia.partnership;

/** The partnership cycle of Appendix 1. */
public enum LifecycleStage {
    FORMING("Forming"),
    PERFORMING("Performing"),
    ENDING("Ending");

    private final String label;

    LifecycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
