package org.consortia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.identity.AuthenticationService;
import org.consortia.identity.LoginOutcome;
import org.consortia.identity.LoginResult;

/**
 * Checks login credentials against the portal's accounts through the authentication service: an
 * e-mail address and password, then, for an account with a second factor, the code of its app.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The group every signed-in user has; web.xml protects the signed-in pages with it. */
    static final String SIGNED_IN = "SIGNED_IN";

    @Inject
    AuthenticationService authentication;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        LoginResult result;
        if (credential instanceof UsernamePasswordCredential login) {
            result = authentication.authenticate(login.getCaller(), login.getPasswordAsString());
        } else if (credential instanceof SecondFactorCredential code) {
            result = authentication.authenticateWithCode(code.accountId(), code.code());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.setResult(result);
        if (result.outcome() != LoginOutcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.councilRoles().stream().map(Enum::name).collect(Collectors.toCollection(HashSet::new));
        groups.add(SIGNED_IN);
        // The account's id, not its address: an address can be changed and then given to someone else.
        return new CredentialValidationResult(String.valueOf(result.accountId()), groups);
    }
}
