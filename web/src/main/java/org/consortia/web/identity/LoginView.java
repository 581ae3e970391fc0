package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.identity.LoginOutcome;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.security.KnownDeviceCookie;
import org.consortia.web.security.SignIn;

/** The login page. */
@Named
@RequestScoped
public class LoginView {

    static final String INVALID = "The e-mail address or password is not right.";
    static final String LOCKED = "Too many failed attempts. Sign-in for this e-mail address is locked for 15 minutes,"
            + " except from a browser that has signed in to it before.";
    static final String CLIENT_LOCKED = "Too many failed attempts have come from your network. Sign-in from it is"
            + " paused for 15 minutes, except from browsers that have signed in here before.";
    static final String BUSY = "Too many sign-in attempts at once. Try again in a moment.";

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SignIn signIn;

    private String email;
    private String password;

    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null) {
            // Someone signing in over another person's session becomes themselves, not the other
            // person: the old sign-in ends first, or the container would keep its principal.
            request.logout();
            request.getSession().invalidate();
        }
        KnownDeviceCookie.offer(request, response);
        SignIn.Step step = signIn.take(request, response, new UsernamePasswordCredential(email == null ? "" : email,
                new Password(password == null ? "" : password)));
        password = null;
        if (step.signedIn()) {
            if (!step.sentOn()) {
                external.redirect(request.getContextPath() + "/");
            }
            faces.responseComplete();
        } else if (step.outcome() == LoginOutcome.SECOND_FACTOR_NEEDED) {
            external.redirect(request.getContextPath() + SignInCodeView.PAGE);
            faces.responseComplete();
        } else {
            refused(step.outcome(), response);
        }
    }

    static void refused(LoginOutcome outcome, HttpServletResponse response) {
        switch (outcome) {
            case LOCKED -> FieldMessages.error(null, LOCKED);
            case CLIENT_LOCKED -> FieldMessages.error(null, CLIENT_LOCKED);
            case BUSY -> {
                response.setStatus(TOO_MANY_REQUESTS);
                response.setHeader("Retry-After", "1");
                FieldMessages.error(null, BUSY);
            }
            default -> FieldMessages.error(null, INVALID);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
