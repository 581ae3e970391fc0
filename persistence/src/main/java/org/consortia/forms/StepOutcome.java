package org.consortia.forms;

/** What a person did at a step of a form's workflow. */
public enum StepOutcome {
    SUBMITTED("Submitted"),
    AUTHORISED("Authorised"),
    ADVISED("Advice recorded"),
    RETURNED("Returned with comments"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    DEMONSTRATED("Business case demonstrated"),
    NOT_DEMONSTRATED("Business case not demonstrated"),
    REPORTED("Submitted to the Corporate Management Team and the Portfolio Holder"),
    COMMENTED("Comments recorded"),
    EVALUATED("Evaluated and reported to the Corporate Management Team"),
    CONSIDERED("Considered by the Corporate Management Team");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether doing this needs comments: advice, a return, a rejection, a case not demonstrated and
     * comments themselves are nothing without their words.
     */
    public boolean needsComments() {
        return this == ADVISED || this == RETURNED || this == REJECTED || this == NOT_DEMONSTRATED || this == COMMENTED;
    }

    /** The state a form is in once this is done: returned, decided either way, or on its way. */
    public FormState leavesFormIn() {
        return switch (this) {
            case RETURNED -> FormState.RETURNED;
            case APPROVED, DEMONSTRATED -> FormState.APPROVED;
            case REJECTED, NOT_DEMONSTRATED -> FormState.REJECTED;
            case REPORTED, COMMENTED -> FormState.RECEIVED;
            case CONSIDERED -> FormState.CONSIDERED;
            default -> FormState.SUBMITTED;
        };
    }
}
