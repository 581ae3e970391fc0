package org.consortia.meeting;

/** A representative's answer for one slot of a scheduling poll. */
public enum PollChoice {
    YES("Yes"),
    IF_NEED_BE("If need be"),
    NO("No");

    private final String label;

    PollChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the answer means they could come. */
    public boolean couldAttend() {
        return this != NO;
    }
}
