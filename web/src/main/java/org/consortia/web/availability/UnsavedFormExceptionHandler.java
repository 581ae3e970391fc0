package org.consortia.web.availability;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consortia.availability.DatabaseOutage;

/**
 * Turns a database outage met while a form post is processed (validating, saving) into the same
 * form shown again with the user's input, instead of an error page that drops it. An outage while
 * a page is rendered goes on to the "temporarily unavailable" page.
 */
public class UnsavedFormExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UnsavedFormExceptionHandler.class.getName());

    public UnsavedFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && !context.getResponseComplete()) {
            Throwable outage = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.causedBy(failure)) {
                    events.remove();
                    outage = failure;
                }
            }
            if (outage != null) {
                LOG.log(Level.WARNING, "A form was kept, the database is out of reach: {0}", DatabaseOutage.describe(outage));
                UnsavedForm.keep(context, DatabaseOutage.mayHaveCommitted(outage) ? UnsavedForm.MAYBE_SAVED
                        : UnsavedForm.NOTHING_SAVED);
            }
        }
        getWrapped().handle();
    }
}
