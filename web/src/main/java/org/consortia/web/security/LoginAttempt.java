package org.consortia.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.consortia.identity.LoginResult;

/** Carries the result of this request's login check from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginResult result;

    public LoginResult getResult() {
        return result;
    }

    void setResult(LoginResult result) {
        this.result = result;
    }
}
