package org.consortia.riskforms;

/** The answer to a checklist question. */
public enum Response {
    YES("Yes"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
