package org.consortia.forms;

/** Where a filled form stands in its template's workflow. */
public enum FormState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned with comments"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    /** Submitted to those it reports to, who may comment on it; kept as it was. */
    RECEIVED("Received");

    private final String label;

    FormState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the answers may still change: an approved or rejected form is kept as it was decided. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
