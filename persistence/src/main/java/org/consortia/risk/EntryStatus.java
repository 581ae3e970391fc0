package org.consortia.risk;

/** Where an entry stands: identified but not yet assessed, assessed, or closed. */
public enum EntryStatus {
    IDENTIFIED("Identified"),
    ASSESSED("Assessed"),
    CLOSED("Closed");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
