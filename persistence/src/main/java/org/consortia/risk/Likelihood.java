package org.consortia.risk;

/** How likely an entry is to happen, on the register's five-point scale. */
public enum Likelihood {
    RARE(1, "Rare"),
    UNLIKELY(2, "Unlikely"),
    POSSIBLE(3, "Possible"),
    LIKELY(4, "Likely"),
    ALMOST_CERTAIN(5, "Almost certain");

    private final int points;
    private final String label;

    Likelihood(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return points + " – " + label;
    }
}
