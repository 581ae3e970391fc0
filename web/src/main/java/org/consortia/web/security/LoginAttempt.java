package org.consortia.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.consortia.identity.LoginOutcome;

/** Carries the outcome of this request's login check from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
