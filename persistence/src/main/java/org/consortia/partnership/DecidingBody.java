package org.consortia.partnership;

/** Who decided that the Council's involvement ends (section 11). */
public enum DecidingBody {
    EXECUTIVE("Executive"),
    /** Where the decision has Constitutional implications. */
    FULL_COUNCIL("Full Council");

    private final String label;

    DecidingBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
