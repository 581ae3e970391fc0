package org.consortia.web.availability;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post that could not reach the database: the same page is shown again, with what the user
 * entered and a message that nothing was saved, answered 503 with a time to retry.
 */
final class UnsavedForm {

    static final String NOTHING_SAVED = "Nothing was saved: the portal cannot reach its database just now. What you"
            + " entered is still in the form; try again in a moment.";

    static final String MAYBE_SAVED = "The portal lost its database while saving, so this may or may not have been"
            + " saved. What you entered is still in the form: in a moment, open the page again in a new tab to"
            + " check before you save it a second time.";

    private UnsavedForm() {
    }

    static void keep(FacesContext context) {
        keep(context, NOTHING_SAVED);
    }

    static void keep(FacesContext context, String message) {
        Outage.answer((HttpServletRequest) context.getExternalContext().getRequest(),
                (HttpServletResponse) context.getExternalContext().getResponse());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.renderResponse();
    }
}
