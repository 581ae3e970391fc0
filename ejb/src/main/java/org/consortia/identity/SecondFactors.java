package org.consortia.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;

/**
 * Each person's second factor, set up and changed from their own account page only: an
 * authenticator app's shared secret and ten single-use recovery codes. Setting it up needs the
 * password and a code from the app; new recovery codes and turning it off need the password and a
 * code. Administrators and the council's oversight roles cannot turn it off. Passwords are checked
 * outside any transaction, as at sign-in.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecondFactors {

    /** Where the caller stands: whether they use one, since when, recovery codes left, whether they must. */
    public record Status(boolean on, Instant since, long recoveryCodesLeft, boolean required) implements Serializable {
    }

    /** A secret offered for setting up an app, with the address its QR code holds; nothing is stored yet. */
    public record Offer(String secret, String appAddress) implements Serializable {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    PasswordConfirmation passwordConfirmation;

    @Inject
    SecondFactorCheck check;

    @Inject
    Event<EndSessions> endSessions;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Status status() {
        Caller caller = callers.current();
        Account account = entityManager.find(Account.class, caller.accountId());
        return new Status(account.hasSecondFactor(), account.getSecondFactorSince(),
                account.hasSecondFactor() ? check.recoveryCodesLeft(caller.accountId()) : 0, caller.mustUseSecondFactor());
    }

    /** A new secret for the caller's app. */
    public Offer offer() {
        Caller caller = callers.current();
        String secret = Totp.newSecret();
        return new Offer(secret, Totp.appAddress(secret, caller.email()));
    }

    /**
     * Starts using the app that holds {@code secret}, once it has shown the code of now and the
     * person has given their password; replaces an app used before. Returns the ten new recovery
     * codes, shown only now.
     */
    public List<String> turnOn(String secret, String code, String password, String currentCode) {
        Caller caller = callers.current();
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw InvalidInputException.of("appCode", "Start again: the page was open too long.");
        }
        OptionalLong step = Totp.AUTHENTICATOR_APPS.matchingStep(secret, code, Instant.now(), -1);
        if (step.isEmpty()) {
            throw InvalidInputException.of("appCode", "That code is not right. Enter the six digits the app shows now"
                    + " for Consortia; if they keep failing, check that your phone's clock is set automatically.");
        }
        Account account = entityManager.find(Account.class, caller.accountId());
        PasswordProof proof = passwordConfirmation.require(account, password, currentCode, "password",
                "Your password is not right.", "Your second factor has not been changed.");
        return context.getBusinessObject(SecondFactors.class).store(proof, secret, step.getAsLong());
    }

    /** Stores the app's secret for the caller who has just confirmed their password ({@link #turnOn}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> store(PasswordProof proof, String secret, long step) {
        Account account = provenCaller(proof);
        account.useSecondFactor(secret, step, Instant.now());
        // Sessions opened with the password alone end; this one has just given a code.
        endSessions.fire(new EndSessions(account.getId(), true));
        return check.replaceRecoveryCodes(account);
    }

    /** Ten new recovery codes in place of the old, after the password and a code; shown only now. */
    public List<String> newRecoveryCodes(String password, String code) {
        PasswordProof proof = confirm(password, code, "No new codes were made.");
        return context.getBusinessObject(SecondFactors.class).replaceCodes(proof);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> replaceCodes(PasswordProof proof) {
        Account account = provenCaller(proof);
        if (!account.hasSecondFactor()) {
            throw InvalidInputException.of("password", "Set up a second factor first.");
        }
        return check.replaceRecoveryCodes(account);
    }

    /** Stops using a second factor, after the password and a code; refused to those who must use one. */
    public void turnOff(String password, String code) {
        if (callers.current().mustUseSecondFactor()) {
            throw new AccessDeniedException("Administrators and the council's oversight roles must sign in with a second"
                    + " factor, so it cannot be turned off. You can replace your app or make new recovery codes.");
        }
        PasswordProof proof = confirm(password, code, "Your second factor is still on.");
        context.getBusinessObject(SecondFactors.class).drop(proof);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void drop(PasswordProof proof) {
        Account account = provenCaller(proof);
        account.dropSecondFactor();
        entityManager.createQuery("delete from RecoveryCode c where c.account = :account")
                .setParameter("account", account).executeUpdate();
    }

    private PasswordProof confirm(String password, String code, String outcome) {
        Account account = entityManager.find(Account.class, callers.current().accountId());
        return passwordConfirmation.require(account, password, code, "password", "Your password is not right.", outcome);
    }

    private Account provenCaller(PasswordProof proof) {
        Caller caller = callers.current();
        if (proof == null || !proof.confirms(caller.accountId(), Instant.now())) {
            throw new AccessDeniedException("Confirm your password to change your second factor.");
        }
        return entityManager.find(Account.class, caller.accountId());
    }
}
