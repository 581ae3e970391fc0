package org.consortia.risk;

/** The register holds risks and opportunities alike (section 10 and Appendix 8 of the framework). */
public enum EntryKind {
    RISK("Risk"),
    OPPORTUNITY("Opportunity");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
