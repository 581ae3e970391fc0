package org.consortia.meeting;

/** How a decision was reached. */
public enum DecisionMethod {
    CONSENSUS("Agreed by consensus"),
    VOTE("By a vote");

    private final String label;

    DecisionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
