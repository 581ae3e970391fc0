package org.consortia.identity;

import org.consortia.access.Role;

/** Council-wide roles of Appendix 6 of the framework, plus the system administrator. */
public enum CouncilRole implements Role {
    ADMIN("Administrator"),
    STRATEGY("Head of Strategy & Partnerships"),
    HEAD_OF_SERVICE("Head of Service"),
    CMT("Corporate Management Team"),
    EXECUTIVE("Executive"),
    SCRUTINY("Overview & Scrutiny"),
    /** Authorises a business case in place of the Head of Service who is its partnership's officer representative. */
    DIRECTOR("Director"),
    /** Advises on the financial consequences of entering into a partnership (section 7). */
    HEAD_OF_FINANCE("Head of Financial, Revenues and Benefits Services"),
    /** Advises on the legal consequences of entering into a partnership (section 7). */
    HEAD_OF_LEGAL("Head of Legal, Democratic and Property Services"),
    /** The Executive member receiving progress reports on the partnerships of their portfolio (section 8). */
    PORTFOLIO_HOLDER("Portfolio Holder"),
    /** The corporate partnership champion, who writes the joint annual report with Strategy (section 9). */
    DEPUTY_CHIEF_EXECUTIVE("Acting Deputy Chief Executive");

    private final String label;

    CouncilRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
