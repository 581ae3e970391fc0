package org.consortia.web.availability;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import org.consortia.availability.DatabaseOutage;

/**
 * Turns a database outage met while a form post is processed (validating, saving) into the same
 * form shown again with the user's input, instead of an error page that drops it. An outage while
 * a page is rendered goes on to the "temporarily unavailable" page.
 */
public class UnsavedFormExceptionHandler extends ExceptionHandlerWrapper {

    public UnsavedFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && !context.getResponseComplete()) {
            boolean outage = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                if (DatabaseOutage.causedBy(events.next().getContext().getException())) {
                    events.remove();
                    outage = true;
                }
            }
            if (outage) {
                UnsavedForm.keep(context);
            }
        }
        getWrapped().handle();
    }
}
