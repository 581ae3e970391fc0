package org.consortia.risk;

/** How great an entry's effect would be, on the register's five-point scale. */
public enum Impact {
    NEGLIGIBLE(1, "Negligible"),
    MINOR(2, "Minor"),
    MODERATE(3, "Moderate"),
    MAJOR(4, "Major"),
    SEVERE(5, "Severe");

    private final int points;
    private final String label;

    Impact(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return points + " – " + label;
    }

    /** High impact (4 or 5): section 3.8 asks for a contingency plan whatever the likelihood. */
    public boolean isHigh() {
        return points >= 4;
    }
}
