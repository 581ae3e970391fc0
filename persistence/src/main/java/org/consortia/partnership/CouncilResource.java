package org.consortia.partnership;

/** The twelve kinds of council resource a partnership can draw on, as Appendix 7 lists them. */
public enum CouncilResource {
    FINANCE("Finance"),
    STAFF("Staff"),
    ACCOMMODATION("Accommodation"),
    IT("IT"),
    ADMINISTRATION("Administration"),
    TRAINING("Training"),
    INSURANCE("Insurance"),
    RECRUITMENT("Recruitment"),
    PAYROLL("Payroll"),
    HEALTH_AND_SAFETY("Health & Safety"),
    ADVICE("Advice"),
    OTHER("Other");

    private final String label;

    CouncilResource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
