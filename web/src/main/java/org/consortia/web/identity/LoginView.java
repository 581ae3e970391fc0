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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.identity.LoginOutcome;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.security.LoginAttempt;
import org.consortia.web.security.SignedInSessions;

/** The login page. */
@Named
@RequestScoped
public class LoginView {

    static final String INVALID = "The e-mail address or password is not right.";
    static final String LOCKED = "Too many failed attempts. Sign-in for this e-mail address is locked for 15 minutes.";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    SignedInSessions sessions;

    private String email;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id at login: the container's form mechanism would keep the old one.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(
                        password == null ? "" : password)))
                .newAuthentication(false));
        password = null;
        switch (status) {
            case SUCCESS -> {
                sessions.signedIn(request.getUserPrincipal().getName(), request.getSession());
                external.redirect(request.getContextPath() + "/");
                faces.responseComplete();
            }
            case SEND_CONTINUE -> {
                if (request.getUserPrincipal() != null) {
                    sessions.signedIn(request.getUserPrincipal().getName(), request.getSession());
                }
                faces.responseComplete();
            }
            default -> FieldMessages.error(null, attempt.getOutcome() == LoginOutcome.LOCKED ? LOCKED : INVALID);
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
