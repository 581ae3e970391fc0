package org.consortia.mou;

/** Where a Memorandum of Understanding stands: drafted, put to the members, agreed, or under review. */
public enum MouState {
    DRAFT("Draft"),
    FOR_AGREEMENT("Put for agreement"),
    AGREED("Agreed"),
    UNDER_REVIEW("Under review");

    private final String label;

    MouState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
