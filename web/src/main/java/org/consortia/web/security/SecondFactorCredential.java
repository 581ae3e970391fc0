package org.consortia.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The code from an authenticator app (or a recovery code) of an account whose password was right a moment ago. */
public record SecondFactorCredential(long accountId, String code) implements Credential {
}
