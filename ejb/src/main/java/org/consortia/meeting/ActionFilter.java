package org.consortia.meeting;

/** Which actions the action log lists. */
public enum ActionFilter {
    OPEN("Open"),
    OVERDUE("Overdue"),
    DONE("Done"),
    ALL("All");

    private final String label;

    ActionFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
