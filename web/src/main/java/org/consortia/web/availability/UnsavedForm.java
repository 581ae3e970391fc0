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

    static final String MESSAGE = "Nothing was saved: the portal cannot reach its database just now. What you"
            + " entered is still in the form; try again in a moment.";

    private UnsavedForm() {
    }

    static void keep(FacesContext context) {
        Outage.answer((HttpServletRequest) context.getExternalContext().getRequest(),
                (HttpServletResponse) context.getExternalContext().getResponse());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MESSAGE, null));
        context.renderResponse();
    }
}
