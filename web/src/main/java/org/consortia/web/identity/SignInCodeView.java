package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.consortia.identity.LoginOutcome;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.security.PendingSignIn;
import org.consortia.web.security.SecondFactorCredential;
import org.consortia.web.security.SignIn;

/** The second step of signing in, for an account with a second factor: the code of its authenticator app. */
@Named
@RequestScoped
public class SignInCodeView {

    static final String PAGE = "/sign-in-code";
    static final String WRONG = "That code is not right. Enter the code your authenticator app shows now, or one of"
            + " your recovery codes.";

    @Inject
    SignIn signIn;

    private String code;

    /** Without a password given in this session in the last few minutes, the page sends the person to sign in. */
    public void requirePendingSignIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (PendingSignIn.of(request.getSession(false)).isEmpty()) {
            external.redirect(request.getContextPath() + "/login");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void confirm() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Optional<PendingSignIn> pending = PendingSignIn.of(request.getSession(false));
        if (pending.isEmpty()) {
            FieldMessages.info("Signing in took too long. Enter your e-mail address and password again.");
            external.redirect(request.getContextPath() + "/login");
            faces.responseComplete();
            return;
        }
        SignIn.Step step = signIn.take(request, response, new SecondFactorCredential(pending.get().accountId(),
                code == null ? "" : code));
        code = null;
        if (step.signedIn()) {
            if (!step.sentOn()) {
                external.redirect(request.getContextPath() + "/");
            }
            faces.responseComplete();
        } else if (step.outcome() == LoginOutcome.INVALID_CREDENTIALS) {
            FieldMessages.error("code:code", WRONG);
        } else {
            // Locked or too busy: the sign-in starts again from the password.
            PendingSignIn.end(request.getSession(false));
            LoginView.refused(step.outcome(), response);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
