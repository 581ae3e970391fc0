package org.consortia.overview;

/** A red, amber or green rating, or none where nothing is due yet; worst first. */
public enum Rating {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    NOT_DUE("Not due");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two ratings; "not due" is never worse than a rating. */
    public Rating worse(Rating other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
