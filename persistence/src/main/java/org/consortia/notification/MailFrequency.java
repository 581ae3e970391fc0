package org.consortia.notification;

/** How often a person wants the portal's e-mails; urgent ones come at once whatever they chose. */
public enum MailFrequency {
    AT_ONCE("Each e-mail at once"),
    DAILY("One digest a day, each morning"),
    WEEKLY("One digest a week, on Monday mornings");

    private final String label;

    MailFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
