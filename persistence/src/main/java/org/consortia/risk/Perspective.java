package org.consortia.risk;

/** Whose view of the partnership an entry is seen from (Appendix 8, sections 1.4 and 2.1). */
public enum Perspective {
    COUNCIL("The Council's perspective – 'outside looking in'"),
    PARTNERSHIP("The partnership perspective – 'on the inside of the partnership'");

    private final String label;

    Perspective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
