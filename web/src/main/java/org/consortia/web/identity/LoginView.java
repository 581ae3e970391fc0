package org.consortia.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.identity.LoginOutcome;
import org.consortia.identity.LoginResult;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.security.KnownDeviceCookie;
import org.consortia.web.security.LoginAttempt;
import org.consortia.web.security.SignedInSessions;

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
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    SignedInSessions sessions;

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
        // A new session id at login: the container's form mechanism would keep the old one.
        request.getSession(true);
        request.changeSessionId();
        KnownDeviceCookie.offer(request, response);
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(
                        password == null ? "" : password)))
                .newAuthentication(false));
        password = null;
        LoginResult result = attempt.getResult();
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                if (request.getUserPrincipal() != null && result != null) {
                    sessions.signedIn(result.accountId(), request.getSession());
                }
                if (status == AuthenticationStatus.SUCCESS) {
                    external.redirect(request.getContextPath() + "/");
                }
                faces.responseComplete();
            }
            default -> refused(result == null ? LoginOutcome.INVALID_CREDENTIALS : result.outcome(), response);
        }
    }

    private static void refused(LoginOutcome outcome, HttpServletResponse response) {
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
