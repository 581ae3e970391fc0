package org.consortia.access;

/** Everything the permission matrix decides on. */
public enum Action {
    MANAGE_ACCOUNTS,
    MANAGE_ORGANISATIONS,
    VIEW_PARTNERSHIP_DATABASE,
    CREATE_PARTNERSHIP,
    /** Listing a partnership on the public register, or taking it off. */
    PUBLISH_ON_REGISTER,
    EDIT_ANY_PARTNERSHIP,
    EDIT_ACCOUNTABLE_PARTNERSHIP,
    ENTER_ANY_WORKSPACE,
    VIEW_RISK_PORTFOLIO,
    ENTER_ACCOUNTABLE_WORKSPACE,
    VIEW_WORKSPACE,
    VIEW_HISTORY,
    MANAGE_MEMBERSHIP,
    /** Inviting a person by e-mail to represent a member organisation, appointed when they accept. */
    INVITE_TO_WORKSPACE,
    /** Setting up a workspace's membership and chairs as the council, without being a member. */
    APPOINT_FOR_COUNCIL,
    /** Appointing or promoting a chair or vice-chair. */
    APPOINT_CHAIRS,
    /** Requiring every member of the workspace to sign in with a second factor. */
    REQUIRE_SECOND_FACTOR,
    EDIT_SHARED_RECORDS,
    CHANGE_DOCUMENT_STATE,
    /** Setting the quorum, frequency, hours and notice the workspace's meetings are held to. */
    SET_MEETING_RULES,
    /** Scheduling meetings and keeping their agendas, attendance and minutes. */
    MANAGE_MEETINGS,
    /** Reading agenda items taken in closed session, and their papers; observers see open items only. */
    READ_CLOSED_ITEMS,
    /** Signing minutes approved as a true record; the chair alone. */
    SIGN_MINUTES,
    PUBLISH_CODE_OF_CONDUCT,
    SIGN_CODE_OF_CONDUCT,
    /** Signing for one's organisation, once named its signatory or deputy; observers only watch. */
    SIGN_FOR_ORGANISATION,
    /**
     * Reading the council's own forms of a partnership's cycle (business cases, progress reports):
     * the council's people only, never its partners.
     */
    READ_CYCLE_FORMS,
    /** Drafting and submitting a business case or a progress report; the partnership's officer representative may too. */
    DRAFT_CYCLE_FORMS,
    /** Authorising a business case for the service (the accountable Head of Service, or a Director). */
    AUTHORISE_BUSINESS_CASE,
    /** Recording advice on a business case's financial consequences. */
    ADVISE_ON_FINANCE,
    /** Recording advice on a business case's legal consequences. */
    ADVISE_ON_LAW,
    /** Approving or rejecting a business case. */
    DECIDE_BUSINESS_CASE,
    /** Submitting a progress report to the Corporate Management Team and the Portfolio Holder (the accountable Head of Service, or a Director). */
    SUBMIT_PROGRESS_REPORT,
    /** Commenting on a progress report received (the Corporate Management Team and the Portfolio Holder). */
    COMMENT_ON_PROGRESS_REPORT,
    /** Evaluating an annual review and reporting it to the Corporate Management Team (the accountable Head of Service, or a Director). */
    EVALUATE_ANNUAL_REVIEW,
    /** Considering an annual review reported to the Corporate Management Team. */
    CONSIDER_ANNUAL_REVIEW,
    /** Recording the Executive's (or full Council's) decision that the Council's involvement in a partnership ends. */
    RECORD_EXIT_DECISION,
    /** Commenting on an exit report submitted to the Corporate Management Team. */
    COMMENT_ON_EXIT_REPORT,
    /** Reading the council's overview of every partnership, with its ratings. */
    VIEW_OVERVIEW,
    /** Writing and agreeing the joint annual report (section 9, Evaluation). */
    PRODUCE_ANNUAL_REPORT,
    /** Reading the annual reports once issued (their authors read their drafts too). */
    READ_ANNUAL_REPORT,
    COMMENT_ON_ANNUAL_REPORT
}
