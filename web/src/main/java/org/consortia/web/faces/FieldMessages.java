package org.consortia.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.consortia.access.InvalidInputException;

/** Shows the service layer's messages beside the fields they belong to, and a summary at the top. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(String formId, InvalidInputException invalid) {
        FacesContext context = FacesContext.getCurrentInstance();
        error(null, "There is a problem: check the fields marked below. Nothing has been saved.");
        for (Map.Entry<String, String> entry : invalid.messagesByField().entrySet()) {
            String clientId = formId + ":" + entry.getKey().replaceAll("[^A-Za-z0-9_-]", "_");
            boolean known = context.getViewRoot().findComponent(":" + clientId) != null;
            context.addMessage(known ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, entry.getValue(), entry.getValue()));
        }
        context.validationFailed();
    }

    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public static void info(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
