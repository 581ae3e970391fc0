package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.PasswordResets;
import org.consortia.web.faces.FieldMessages;

/** Setting a new password from the link in a reset e-mail. */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    PasswordResets resets;

    private String token;
    private Optional<String> address;
    private String newPassword;
    private String confirmation;

    /**
     * Whose password the link sets, found once a request; a link that no longer works shows no form.
     * The page keeps no state, so a post finds its link in the form's own copy of it.
     */
    private Optional<String> address() {
        if (address == null) {
            address = resets.addressOpenedBy(getToken());
        }
        return address;
    }

    public String save() {
        try {
            resets.setPassword(getToken(), newPassword, confirmation);
            FieldMessages.info("Your new password is set, and your account has been signed out everywhere."
                    + " Sign in with your new password.");
            return "/login?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            address = null;
            FieldMessages.show("reset", invalid);
            return null;
        } finally {
            newPassword = null;
            confirmation = null;
        }
    }

    public String getLinkNotWorking() {
        return PasswordResets.LINK_NOT_WORKING;
    }

    public boolean isWorking() {
        return address().isPresent();
    }

    public String getAddress() {
        return address().orElse(null);
    }

    public String getToken() {
        return token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
