package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.AccountService;
import org.consortia.web.faces.FieldMessages;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String code;
    private String newPassword;
    private String confirmation;

    public String change() {
        try {
            accounts.changeOwnPassword(currentPassword, code, newPassword, confirmation);
            FieldMessages.info("Your password has been changed.");
            return "/index?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
            return null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
