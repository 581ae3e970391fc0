package org.consortia.partnership;

/** Why the Council's involvement in a partnership comes to an end: section 11's reasons, word for word. */
public enum ExitReason {
    ACHIEVED("The partnership achieves all that it set out to do"),
    OBJECTIVES_CHANGE("The objectives of the Council, the Sustainable Community Strategy or Local Area Agreement change"),
    NOT_DELIVERING("On review, the partnership is not delivering the outputs and outcomes it was set up to do and a new"
            + " approach needs to be explored"),
    REPLACED("The partnership is replaced with another partnership or working arrangement"),
    FUNDING_CEASES("External funding sources/resources cease"),
    ADVERSE_RISK("On review, an adverse level of risk of continuing the partnership is identified"),
    LEGAL_FRAMEWORK_CHANGES("The legal framework upon which the partnership was founded, changes");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
