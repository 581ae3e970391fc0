package org.consortia.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Function;
import org.consortia.access.InvalidInputException;

/** Shows the service layer's messages beside the fields they belong to, and a summary at the top. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(String formId, InvalidInputException invalid) {
        FacesContext context = FacesContext.getCurrentInstance();
        show(invalid, field -> {
            String clientId = formId + ":" + field.replaceAll("[^A-Za-z0-9_-]", "_");
            return context.getViewRoot().findComponent(":" + clientId) != null ? clientId : null;
        });
    }

    /**
     * As {@link #show(String, InvalidInputException)}, for fields whose client ids the page knows
     * better, such as those inside a repeat; a null client id shows the message at the top.
     */
    public static void show(InvalidInputException invalid, Function<String, String> clientIdOfField) {
        FacesContext context = FacesContext.getCurrentInstance();
        error(null, "There is a problem: check the fields marked below. Nothing has been saved.");
        for (Map.Entry<String, String> entry : invalid.messagesByField().entrySet()) {
            context.addMessage(clientIdOfField.apply(entry.getKey()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, entry.getValue(), entry.getValue()));
        }
        context.validationFailed();
    }

    /**
     * Shows at the top that a save was refused because someone else saved first, and what became of
     * the person's input ("Your changes are still in the form."): a conflict never throws it away.
     */
    public static void conflict(RuntimeException refused, String whatBecameOfYourInput) {
        error(null, refused.getMessage() + " " + whatBecameOfYourInput);
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
