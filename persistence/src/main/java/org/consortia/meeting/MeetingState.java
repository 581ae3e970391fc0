package org.consortia.meeting;

/** Where a meeting stands, from planning to its minutes being approved. */
public enum MeetingState {
    PLANNED("Planned"),
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held"),
    MINUTES_APPROVED("Minutes approved"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
