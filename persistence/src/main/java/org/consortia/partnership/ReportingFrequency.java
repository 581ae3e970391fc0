package org.consortia.partnership;

/** How often the accountable Head of Service reports on a partnership's activities and progress (section 8). */
public enum ReportingFrequency {
    SIX_MONTHLY("Every six months", 6),
    ANNUAL("Every year", 12);

    private final String label;
    private final int months;

    ReportingFrequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** The months between one report and the next. */
    public int months() {
        return months;
    }
}
