package org.consortia.meeting;

/** How a partnership states its quorum. */
public enum QuorumKind {
    /** At least so many member organisations. */
    NUMBER("A number of member organisations"),
    /** At least a fraction (such as one in two) of the member organisations, rounded up. */
    FRACTION("A fraction of the member organisations");

    private final String label;

    QuorumKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
