package org.consortia.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.PasswordResets;
import org.consortia.web.faces.FieldMessages;

/** Setting a new password from the link in a reset e-mail. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    private String token;
    private String address;
    private String newPassword;
    private String confirmation;

    /** Finds whose password the link sets; a link that no longer works says so instead of a form. */
    public void load() {
        address = resets.addressOpenedBy(token).orElse(null);
    }

    public String save() {
        try {
            resets.setPassword(token, newPassword, confirmation);
            FieldMessages.info("Your new password is set, and your account has been signed out everywhere."
                    + " Sign in with your new password.");
            return "/login?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            load();
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
        return address != null;
    }

    public String getAddress() {
        return address;
    }

    public String getToken() {
        return token;
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
