package org.consortia.forms;

/** Where a filled form stands in its template's workflow. */
public enum FormState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned with comments"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    /** Submitted to those it reports to, who may comment on it; kept as it was. */
    RECEIVED("Received"),
    /** Considered by the Corporate Management Team, the last step of an annual review; kept as it was. */
    CONSIDERED("Considered by the Corporate Management Team");

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
