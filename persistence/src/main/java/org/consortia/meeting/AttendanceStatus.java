package org.consortia.meeting;

/** Whether a representative came to a meeting, sent apologies, or neither. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
