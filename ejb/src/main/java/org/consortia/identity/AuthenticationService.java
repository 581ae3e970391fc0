package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Checks e-mail and password for the login page. A wrong password, an unknown address and a
 * disabled account all get the same answer in about the same time; repeated failures lock the
 * address whether or not an account has it.
 */
@Stateless
public class AuthenticationService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    LoginFailures failures;

    /**
     * Verifies the credentials. Records a failure unless the address is already locked; never says
     * whether an account exists.
     */
    public LoginResult authenticate(String email, String password) {
        String address = Account.normaliseEmail(email);
        String secret = password == null ? "" : password;
        Instant now = Instant.now();
        if (address == null || address.isEmpty() || address.length() > 254 || secret.length() > 1024) {
            passwordHasher.verifyAgainstDecoy(secret);
            return LoginResult.refused(LoginOutcome.INVALID_CREDENTIALS);
        }
        if (failures.lockedUntil(address, now).isPresent()) {
            passwordHasher.verifyAgainstDecoy(secret);
            return LoginResult.refused(LoginOutcome.LOCKED);
        }
        Optional<Account> account = entityManager.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        boolean valid = account.isPresent()
                ? passwordHasher.verify(secret, account.get().getPasswordHash())
                : passwordHasher.verifyAgainstDecoy(secret);
        if (valid && account.get().isEnabled() && account.get().getOrganisation().isEnabled()) {
            EnumSet<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
            roles.addAll(account.get().getCouncilRoles());
            return new LoginResult(LoginOutcome.SIGNED_IN, address, roles);
        }
        failures.record(address, now);
        return LoginResult.refused(failures.lockedUntil(address, now.plusMillis(1)).isPresent()
                ? LoginOutcome.LOCKED : LoginOutcome.INVALID_CREDENTIALS);
    }
}
