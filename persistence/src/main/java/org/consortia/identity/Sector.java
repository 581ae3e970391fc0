package org.consortia.identity;

/** The sector an organisation belongs to. */
public enum Sector {
    PUBLIC("Public"),
    PRIVATE("Private"),
    VOLUNTARY_AND_COMMUNITY("Voluntary and community");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
