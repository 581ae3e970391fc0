package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.consortia.text.Sha256;

/**
 * Checks a code from a person's authenticator app, or one of their recovery codes, and uses it up:
 * a code works once, even when two requests bring it at the same moment (the account's row is locked
 * while it is checked). Callers count the attempt towards the sign-in lock-out first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecondFactorCheck {

    /** How many recovery codes a person is given at a time. */
    public static final int RECOVERY_CODES = 10;
    /** No letters or digits that read alike (l, 1, o, 0, i). */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 10;
    private static final int LONGEST_TYPED = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager entityManager;

    /** Whether the code is the account's app code of now, or one of its unused recovery codes; uses it up if so. */
    public boolean useCode(long accountId, String typed, Instant now) {
        Account account = entityManager.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.hasSecondFactor() || typed == null || typed.length() > LONGEST_TYPED) {
            return false;
        }
        OptionalLong step = Totp.AUTHENTICATOR_APPS.matchingStep(account.getTotpSecret(), typed, now,
                account.getTotpLastStep());
        if (step.isPresent()) {
            account.codeUsed(step.getAsLong());
            return true;
        }
        return entityManager.createQuery("update RecoveryCode c set c.usedAt = :now where c.account.id = :account"
                        + " and c.codeHash = :hash and c.usedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .setParameter("hash", hashOfRecoveryCode(typed))
                .executeUpdate() == 1;
    }

    /** The account's unused recovery codes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long recoveryCodesLeft(long accountId) {
        return entityManager.createQuery("select count(c) from RecoveryCode c where c.account.id = :account"
                + " and c.usedAt is null", Long.class).setParameter("account", accountId).getSingleResult();
    }

    /** Replaces the account's recovery codes with ten new ones, within the caller's transaction; the codes, shown only now. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> replaceRecoveryCodes(Account account) {
        entityManager.createQuery("delete from RecoveryCode c where c.account = :account")
                .setParameter("account", account).executeUpdate();
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < RECOVERY_CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            if (!codes.contains(shown)) {
                codes.add(shown);
                entityManager.persist(new RecoveryCode(account, hashOfRecoveryCode(shown)));
            }
        }
        return codes;
    }

    /** Recovery codes are compared without their dash, spaces or case, as people copy them. */
    static String hashOfRecoveryCode(String typed) {
        return Sha256.hex(typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
