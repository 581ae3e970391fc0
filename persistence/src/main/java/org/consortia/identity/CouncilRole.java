package org.consortia.identity;

import org.consortia.access.Role;

/** Council-wide roles of Appendix 6 of the framework, plus the system administrator. */
public enum CouncilRole implements Role {
    ADMIN("Administrator"),
    STRATEGY("Head of Strategy & Partnerships"),
    HEAD_OF_SERVICE("Head of Service"),
    CMT("Corporate Management Team"),
    EXECUTIVE("Executive"),
    SCRUTINY("Overview & Scrutiny");

    private final String label;

    CouncilRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
