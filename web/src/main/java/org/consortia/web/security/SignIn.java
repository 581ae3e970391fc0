package org.consortia.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.consortia.identity.Caller;
import org.consortia.identity.LoginOutcome;
import org.consortia.identity.LoginResult;

/**
 * One step of signing in (the password, then a second factor's code where the account has one),
 * each in a new session id. A step that completes the sign-in records the session as the
 * account's, and marks it to set up a second factor where the account's roles require one it
 * lacks; a right password of an account with a second factor leaves the sign-in pending its code.
 */
@RequestScoped
public class SignIn {

    /** How a step went: signed in (and whether the container has already sent the browser on), or refused and why. */
    public record Step(boolean signedIn, boolean sentOn, LoginOutcome outcome) {
    }

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    SignedInSessions sessions;

    public Step take(HttpServletRequest request, HttpServletResponse response, Credential credential) {
        // A new session id at each step: the container's form mechanism would keep the old one.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(credential)
                .newAuthentication(false));
        LoginResult result = attempt.getResult();
        boolean passed = status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
        if (passed && request.getUserPrincipal() != null && result != null) {
            HttpSession session = request.getSession();
            PendingSignIn.end(session);
            sessions.signedIn(result.accountId(), session);
            if (credential instanceof UsernamePasswordCredential && Caller.mustUseSecondFactor(result.councilRoles())) {
                SecondFactorSetUp.require(session);
            }
            return new Step(true, status == AuthenticationStatus.SEND_CONTINUE, LoginOutcome.SIGNED_IN);
        }
        LoginOutcome outcome = result == null || result.outcome() == LoginOutcome.SIGNED_IN
                ? LoginOutcome.INVALID_CREDENTIALS : result.outcome();
        if (outcome == LoginOutcome.SECOND_FACTOR_NEEDED) {
            PendingSignIn.start(request.getSession(), result.accountId());
        }
        return new Step(false, false, outcome);
    }
}
