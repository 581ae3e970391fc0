package org.consortia.forms;

import java.util.Optional;

/** The self-assessment of Appendix 4a, in its words. */
public enum Score {
    NO_ACTION_REQUIRED(1, "No - action required"),
    YES_COULD_BE_IMPROVED(2, "Yes - could be improved"),
    YES_WORKING_EFFECTIVELY(3, "Yes - working effectively");

    private final int value;
    private final String label;

    Score(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<Score> of(String stored) {
        for (Score score : values()) {
            if (String.valueOf(score.value).equals(stored)) {
                return Optional.of(score);
            }
        }
        return Optional.empty();
    }
}
