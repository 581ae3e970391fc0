package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.PasswordResets;
import org.consortia.web.faces.FieldMessages;

/** "Forgot your password?": asks for a link by e-mail, answering alike for every address. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordResets resets;

    private String email;
    private boolean asked;

    public void send() {
        try {
            resets.request(email);
            asked = true;
        } catch (InvalidInputException invalid) {
            FieldMessages.show("forgot", invalid);
        }
    }

    public boolean isAsked() {
        return asked;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
