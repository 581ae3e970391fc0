package org.consortia.web.availability;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.ServletRequest;

/**
 * A form posted while the database is out of reach, found out before its values were applied (the
 * workspace or the signed-in caller could not be read): the posted values are taken back into the
 * form, and nothing is validated or saved.
 */
public class OutagePostbacks implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        // Signing out is immediate: it has run, and ended the response, by now.
        if (context.isPostback() && !context.getResponseComplete()
                && Outage.isMarked((ServletRequest) context.getExternalContext().getRequest())) {
            UnsavedForm.keep(context);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to do before the posted values are applied.
    }
}
