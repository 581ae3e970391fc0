package org.consortia.partnership;

/** The characteristics of a partnership, section 3 of the framework. */
public enum PartnershipType {
    COLLABORATIVE("Collaborative",
            "Each partner retains responsibility for delivering functions within their own governance arrangements."),
    HOST("Host",
            "One partner hosts the partnership arrangements and receives funding, employs staff etc. on behalf of the other partners."),
    EXECUTIVE("Executive",
            "Resources and responsibility for functions is pooled; formed as a legal entity."),
    JOINT("Joint",
            "Arrangements entered into with other public bodies to tackle specific issues.");

    private final String label;
    private final String description;

    PartnershipType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
