package org.consortia.forms;

/**
 * Who keeps a template's forms and how they are decided. A template names its workflow; the service
 * of that workflow enforces it, and no other service opens the template's forms.
 */
public enum FormWorkflow {
    /** Kept by the workspace's partners like any shared record: no submission, no approval. */
    SHARED_RECORD,
    /** Answered by the council's people before a business case, and kept with it (Appendix A). */
    PRE_CHECK,
    /** Drafted by the officer and decided through the approval chain of section 7 (Appendices 2 and 2a). */
    BUSINESS_CASE,
    /**
     * Written by the officer representative, submitted by the accountable Head of Service to the
     * Corporate Management Team and the Portfolio Holder (section 8, Appendix 3).
     */
    PROGRESS_REPORT,
    /**
     * Carried out by the officer representative once the business case is demonstrated for the year,
     * evaluated by the accountable Head of Service and considered by the Corporate Management Team
     * (section 9, Appendices 4 and 4a).
     */
    ANNUAL_REVIEW,
    /**
     * Completed by the officer representative within three months of the decision to leave and
     * submitted to the Corporate Management Team (section 11, Appendix 5).
     */
    EXIT_REPORT
}
