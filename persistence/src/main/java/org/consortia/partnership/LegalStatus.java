package org.consortia.partnership;

/** The legal form of a partnership, part of "type of partnership, including any legal status". */
public enum LegalStatus {
    NO_SEPARATE_LEGAL_IDENTITY("No separate legal identity"),
    UNINCORPORATED_ASSOCIATION("Unincorporated association"),
    COMPANY_LIMITED_BY_GUARANTEE("Company limited by guarantee"),
    CHARITABLE_TRUST("Charitable trust"),
    CHARITABLE_INCORPORATED_ORGANISATION("Charitable incorporated organisation"),
    COMMUNITY_INTEREST_COMPANY("Community interest company"),
    JOINT_COMMITTEE("Joint committee"),
    STATUTORY_BODY("Statutory body");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
