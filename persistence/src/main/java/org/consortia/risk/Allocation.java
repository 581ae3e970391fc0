package org.consortia.risk;

/** Who manages an entry: the partnership itself, or someone it has transferred it to (section 3.2). */
public enum Allocation {
    MANAGED("Managed by the partnership"),
    TRANSFERRED("Transferred");

    private final String label;

    Allocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
