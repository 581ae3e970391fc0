package org.consortia.mou;

/**
 * The headings of the model Memorandum of Understanding (Appendix 10 of the framework), in its
 * order, with the model's guidance for each; plus shared risk management, which section 10 asks
 * every Memorandum to mention.
 */
public enum MouHeading {
    AIMS_AND_OBJECTIVES("Aims and objectives of the partnership",
            "List the aims and objectives of the partnership here. Good practice would be a separate "
                + "paragraph with a short explanatory sentence for each aim an objective."),
    PARTNERSHIP_PRINCIPLES("Partnership principles",
            "The following list should be included under this sub-heading. Good practice would be an "
                + "explanatory sentence following each bullet point. The list is not exhaustive."),
    TERMS_OF_REFERENCE("Terms of reference",
            "List the Terms of Reference (the purpose of the partnership) here. Good practice would be "
                + "a separate paragraph with a short explanatory sentence for each Terms of Reference."),
    ROLES_AND_RESPONSIBILITIES("Roles and responsibilities",
            "List the roles and responsibilities of each of the constituent members of the partnership "
                + "here. It may be appropriate to talk more generally about what the voluntary and community "
                + "sector, the business sector and the public sector members each bring to the partnership as "
                + "groups, and the areas of the partnership activity that they will be responsible for "
                + "delivering."),
    MEMBERSHIP_AND_TERMS_OF_OFFICE("Membership and terms of office (including any special provisions for Council Members/Officers)",
            "List information like: the number of representatives from organisations in the public, "
                + "private and the voluntary and community sectors, which are actively involved in the area "
                + "(equal representation is not a requirement) and why they were chosen; a list of the "
                + "constituent members and the number of representatives they have on the partnership; who "
                + "chairs and vice-chairs the partnership; how often the membership is reviewed and any time "
                + "limits that an individual representative can serve on the partnership; how the membership "
                + "of the partnership reflects the characteristics and aspirations of the area/people it has "
                + "been set up to serve."),
    EQUALITIES_AND_INCLUSION("Equalities and inclusion",
            "A statement on how the partnership will operate and actively value the benefits of "
                + "diversity and ensure fair treatment and equality of opportunity. This includes "
                + "representation and participation on the partnership. A statement on how and when the "
                + "partnership will carry out Equalities Impact Assessments on its functions, policies and "
                + "services. The Equality Impact Assessment should be carried out within six months."),
    ACCOUNTABILITY("Accountability",
            "A statement about how and to whom the partnership is accountable and what that "
                + "accountability includes. A statement on the constituent members' accountability to each "
                + "other including any expectations of behaviour."),
    MEETINGS("Meetings",
            "A short statement/sentence on: the minimum number of meetings in a period; posting of "
                + "meetings including if open or closed; convening of extraordinary meetings; responsibility "
                + "for the setting of meetings, agendas, working papers, minutes, etc; venues why and how "
                + "they are chosen; acceptability of meeting times; representation and quorum; expectation of "
                + "behaviour in meetings; replacements at meetings and any protocols to be followed; "
                + "Declarations of Interest and protocols on withdrawal from meetings. This list is not "
                + "exhaustive."),
    DISREPUTE_AND_CONFLICT_RESOLUTION("Disrepute and conflict resolution",
            "A statement on behaviour that could reasonably be expected to bring a partnership into "
                + "disrepute. A short list could include: Members of the partnership: must not use their "
                + "position improperly, confer on, or secure for themselves or any other person, an advantage "
                + "or disadvantage; must ensure that activities are not undertaken for political purposes; "
                + "must not unduly influence any person in the paid employment of any of the partner "
                + "agencies. A statement on the systems and procedures that exist to resolve issues of "
                + "conflict within the partnership."),
    SECRETARIAL_SUPPORT("Secretarial/administrative support",
            "A short statement on which constituent member(s) will provide the "
                + "secretarial/administrative function."),
    TERMINATION("Termination of partnership involvement",
            "A short statement on written notification to the Chair and secretariat of the intention to "
                + "leave the partnership. Also state any notice period required or any exceptions."),
    REVIEW_AND_ALTERATION("Review and alteration to the Memorandum of Understanding",
            "A short statement on how often the Memorandum of Understanding shall be reviewed and "
                + "protocols for changing/amending it."),
    SHARED_RISK_MANAGEMENT("Shared risk assessment and risk management",
            "The partnership Memorandum of Understanding should mention the matter of shared risk "
                + "assessment and risk management mechanisms. Other partnership documents need to identify in "
                + "detail what systems are in place to monitor, review and evaluate risk and who is "
                + "responsible for ensuring this is done.");

    private final String title;
    private final String guidance;

    MouHeading(String title, String guidance) {
        this.title = title;
        this.guidance = guidance;
    }

    public String title() {
        return title;
    }

    public String guidance() {
        return guidance;
    }
}
