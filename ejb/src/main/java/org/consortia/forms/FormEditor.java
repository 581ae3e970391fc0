package org.consortia.forms;

/**
 * The check that the caller may change a form, given by the service of the form's workflow: the
 * partners' shared records and the council's business cases have different editors.
 */
@FunctionalInterface
public interface FormEditor {

    /** Refuses, with the workflow's own exception, a caller who may not change the form. */
    void requireMayEdit();

    /**
     * Whether a link question may point to this record ({@code linkTo} names its kind): only records
     * of the form's own partnership that the workflow offers. None unless the workflow says so.
     */
    default boolean mayLinkTo(String linkTo, long id) {
        return false;
    }
}
