package org.consortia.meeting;

/** Whether a meeting is one of the partnership's ordinary meetings or convened specially. */
public enum MeetingKind {
    ORDINARY("Ordinary"),
    EXTRAORDINARY("Extraordinary");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
