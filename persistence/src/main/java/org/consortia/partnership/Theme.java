package org.consortia.partnership;

/** Themes a partnership's work covers, for the "areas of work" of Appendix 7. */
public enum Theme {
    COMMUNITY_SAFETY("Community safety"),
    HEALTH_AND_WELLBEING("Health and wellbeing"),
    CHILDREN_AND_YOUNG_PEOPLE("Children and young people"),
    OLDER_PEOPLE("Older people"),
    HOUSING("Housing"),
    ECONOMY_AND_REGENERATION("Economy and regeneration"),
    ENVIRONMENT("Environment"),
    CULTURE_AND_LEISURE("Culture and leisure"),
    TRANSPORT("Transport"),
    LEARNING_AND_SKILLS("Learning and skills");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
