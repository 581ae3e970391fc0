package org.consortia.conduct;

/**
 * The first code of conduct of a workspace: the framework's points on behaviour that brings a
 * partnership into disrepute (Appendix 10, "Disrepute and conflict resolution").
 */
public final class StartingCode {

    public static final String TEXT = "<p>Members of the partnership:</p><ul>"
            + "<li>must not use their position improperly, confer on, or secure for themselves or any other person,"
            + " an advantage or disadvantage;</li>"
            + "<li>must ensure that activities are not undertaken for political purposes;</li>"
            + "<li>must not unduly influence any person in the paid employment of any of the partner agencies.</li>"
            + "</ul>";

    private StartingCode() {
    }
}
