package org.consortia.risk;

/**
 * The four bands of the 5 × 5 heat map by score (likelihood × impact), in the usual colours: green,
 * yellow, amber and red. Each colour is given with the text colour that reads on it at 4.5:1 or
 * more, for the page and the printed register alike.
 */
public enum ScoreBand {
    LOW("Low", 1, 4, "#00703c", "#ffffff"),
    MEDIUM("Medium", 5, 9, "#ffdd00", "#0b0c0c"),
    HIGH("High", 10, 16, "#f47738", "#0b0c0c"),
    VERY_HIGH("Very high", 20, 25, "#d4351c", "#ffffff");

    private final String label;
    private final int lowest;
    private final int highest;
    private final String colour;
    private final String textColour;

    ScoreBand(String label, int lowest, int highest, String colour, String textColour) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
        this.colour = colour;
        this.textColour = textColour;
    }

    /** The band of a score; no product of two points from 1 to 5 falls between 16 and 20. */
    public static ScoreBand of(int score) {
        for (ScoreBand band : values()) {
            if (score <= band.highest) {
                return band;
            }
        }
        throw new IllegalArgumentException("A score runs from 1 to 25, not " + score);
    }

    public static ScoreBand of(Likelihood likelihood, Impact impact) {
        return of(likelihood.points() * impact.points());
    }

    public String label() {
        return label;
    }

    /** "Low (1 to 4)". */
    public String labelWithRange() {
        return label + " (" + lowest + " to " + highest + ")";
    }

    public int lowest() {
        return lowest;
    }

    /** The band's colour as #rrggbb. */
    public String colour() {
        return colour;
    }

    /** The colour of text on the band's colour, as #rrggbb. */
    public String textColour() {
        return textColour;
    }

    /** The CSS class the page gives cells of this band. */
    public String cssClass() {
        return "band-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
