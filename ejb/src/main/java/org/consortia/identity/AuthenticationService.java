package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks e-mail and password for the login page. A wrong password, an unknown address and a
 * disabled account all get the same answer in about the same time; repeated failures lock the
 * address whether or not an account has it. Runs outside any transaction: the password check
 * takes its own short ones around the slow hash.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordGate gate;

    /**
     * Verifies the credentials from the current request's origin. A browser that signs in becomes
     * a known device of the account, by the token in its origin. Never says whether an account
     * exists.
     */
    public LoginResult authenticate(String email, String password) {
        PasswordCheck check = gate.check(email, password, true);
        if (check.outcome() == LoginOutcome.SECOND_FACTOR_NEEDED) {
            return new LoginResult(LoginOutcome.SECOND_FACTOR_NEEDED, check.accountId(), Set.of());
        }
        return signedIn(check);
    }

    /**
     * Verifies the code of the authenticator app (or a recovery code) of an account whose password
     * has just been given, from the current request's origin; wrong codes count towards the same
     * lock-out as wrong passwords.
     */
    public LoginResult authenticateWithCode(long accountId, String code) {
        String email = entityManager.createQuery("select a.email from Account a where a.id = :id", String.class)
                .setParameter("id", accountId).getResultStream().findFirst().orElse(null);
        if (email == null) {
            return LoginResult.refused(LoginOutcome.INVALID_CREDENTIALS);
        }
        return signedIn(gate.checkCode(email, accountId, code, true));
    }

    private LoginResult signedIn(PasswordCheck check) {
        if (!check.passed()) {
            return LoginResult.refused(check.outcome());
        }
        EnumSet<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
        roles.addAll(entityManager.createQuery("select r from Account a join a.councilRoles r where a.id = :id",
                        CouncilRole.class)
                .setParameter("id", check.accountId())
                .getResultList());
        return new LoginResult(LoginOutcome.SIGNED_IN, check.accountId(), roles);
    }
}
