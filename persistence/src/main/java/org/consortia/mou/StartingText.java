package org.consortia.mou;

import java.util.List;

/** Text the model Memorandum gives word for word, to start a new Memorandum's sections with. */
public final class StartingText {

    /** The partnership principles of Appendix 10, which every Memorandum should include. */
    public static final List<String> PRINCIPLES = List.of(
            "Visible commitment and 'ownership' by the various member organisations and individual representatives;",
            "mutual trust and respect;",
            "openness and transparency;",
            "effective communication and accountability;",
            "shared ownership of resources, where appropriate;",
            "combined expertise;",
            "creative and innovative solutions to problems;",
            "identification and sharing of best practice, based on mutual learning;",
            "removal of barriers to equality of access and opportunity;",
            "clear purpose, clarity of expectations and agreed targets for action;",
            "effective decision making;",
            "shared mechanisms for risk management, monitoring, evaluation, reviewing and reporting on performance,"
                    + " progress and success;",
            "allowing each constituent member unobstructed access to the audit records of the partnership, on request.");

    private StartingText() {
    }

    /** The starting HTML of a section: the principles for their heading, nothing for the others. */
    public static String of(MouHeading heading) {
        if (heading != MouHeading.PARTNERSHIP_PRINCIPLES) {
            return "";
        }
        StringBuilder html = new StringBuilder(
                "<p>The members agree to work actively to achieve the aims of the partnership, on the basis of:</p><ul>");
        PRINCIPLES.forEach(principle -> html.append("<li>").append(principle.replace("'", "&#39;")).append("</li>"));
        return html.append("</ul>").toString();
    }
}
