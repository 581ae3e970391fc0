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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.consortia.access.InvalidInputException;
import org.consortia.text.SecretTokens;
import org.consortia.text.UkDates;

/**
 * "Forgot your password?": a link by e-mail that sets a new password once, within an hour. Asking
 * for one answers the same, in the same time, whether or not an account has the address: the
 * account is looked up, and the e-mail queued, after the answer has gone. Requests are limited per
 * address and per client before anything else is done. Setting the password ends every session of
 * the account and lifts the lock-out of its address.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordResets {

    /** What a link that no longer works says, whatever the reason (used, expired, never issued). */
    public static final String LINK_NOT_WORKING = "This link no longer works: each link works once, for an hour."
            + " Ask for a new one.";

    private static final int LONGEST_ADDRESS = 254;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm").withZone(UkDates.LONDON);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordResetMail mail;

    @Inject
    NewPasswords newPasswords;

    @Inject
    Event<EndSessions> endSessions;

    @Resource
    SessionContext context;

    /**
     * Sends a link to the address if an enabled account has it, without saying whether one does.
     * Refuses an address that cannot be one, and a request beyond the limits for the address or
     * for the client (counted alike for addresses with and without an account), saying when to try
     * again; nothing is sent then.
     */
    public void request(String email) {
        String address = Account.normaliseEmail(email);
        if (address == null || address.isEmpty() || address.length() > LONGEST_ADDRESS || !address.contains("@")) {
            throw InvalidInputException.of("email", "Enter your e-mail address, like name@example.org.");
        }
        Map<String, LockoutPolicy> guards = new TreeMap<>();
        guards.put("reset-address:" + address, LockoutPolicy.RESET_ADDRESS);
        String client = SignInOrigin.current().clientAddress();
        if (client != null) {
            guards.put("reset-client:" + client, LockoutPolicy.RESET_CLIENT);
        }
        Optional<Instant> until = throttle.countRequest(guards, Instant.now());
        if (until.isPresent()) {
            throw InvalidInputException.of("email", "Several links have been asked for in the last few minutes, for this"
                    + " address or from your network. Look for them in your inbox and spam folder, or ask again after "
                    + TIME_OF_DAY.format(until.get().plusSeconds(60)) + ".");
        }
        mail.sendLinkIfAccountSoon(address);
    }

    /** The address of the account whose password the link sets, while it works. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> addressOpenedBy(String token) {
        return working(token).map(reset -> reset.getAccount().getEmail());
    }

    /**
     * Sets the password of the link's account, once: the link then stops working, with every other
     * link to the same account, and every session of the account ends. Refuses a link that does not
     * work and a password against the policy or not typed the same twice, changing nothing.
     */
    public void setPassword(String token, String newPassword, String confirmation) {
        if (context.getBusinessObject(PasswordResets.class).addressOpenedBy(token).isEmpty()) {
            throw InvalidInputException.of("token", LINK_NOT_WORKING);
        }
        String hash = newPasswords.hash(newPassword, confirmation, "newPassword", "confirmation");
        context.getBusinessObject(PasswordResets.class).store(token, hash);
    }

    /** Stores the new hash if the link still works, using it up; for {@link #setPassword} only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(String token, String passwordHash) {
        Instant now = Instant.now();
        PasswordReset reset = working(token).orElseThrow(() -> InvalidInputException.of("token", LINK_NOT_WORKING));
        // Of two uses at once, the one that marks it used first wins; the other changes nothing.
        int taken = entityManager.createQuery("update PasswordReset r set r.usedAt = :now"
                        + " where r.id = :id and r.usedAt is null")
                .setParameter("now", now).setParameter("id", reset.getId()).executeUpdate();
        if (taken == 0) {
            throw InvalidInputException.of("token", LINK_NOT_WORKING);
        }
        Account account = reset.getAccount();
        account.setPasswordHash(passwordHash);
        entityManager.createQuery("update PasswordReset r set r.usedAt = :now where r.account = :account"
                        + " and r.usedAt is null")
                .setParameter("now", now).setParameter("account", account).executeUpdate();
        entityManager.createQuery("delete from LoginFailure f where f.throttleKey = :key")
                .setParameter("key", "address:" + account.getEmail()).executeUpdate();
        endSessions.fire(new EndSessions(account.getId(), false));
    }

    private Optional<PasswordReset> working(String token) {
        String hash = SecretTokens.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return entityManager.createNamedQuery("PasswordReset.findByTokenHash", PasswordReset.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(reset -> reset.worksAt(now));
    }
}
