package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortia.text.SecretTokens;
import org.hibernate.query.NativeQuery;

/**
 * Counts sign-in attempts before their passwords are checked. Each attempt is counted against its
 * guards (the e-mail address and the client's address, or only the browser when it is a known
 * device of that address) under a row lock per guard, so parallel guesses are counted one after
 * another and the sixth is refused however close together they came. Each method is one short
 * transaction of its own, on one connection, with no password check inside it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    /** A browser stays known for a year after it signed in. */
    static final Duration DEVICE_LIFETIME = Duration.ofDays(365);

    private record Guard(String key, LockoutPolicy policy, LoginOutcome refusal) {
    }

    @PersistenceContext
    EntityManager entityManager;

    /**
     * Refuses the attempt if any of its guards is locked; otherwise counts it against each of them
     * and returns the stored credentials of the address, for the password check that follows.
     */
    public Admission admit(String address, SignInOrigin origin, Instant now) {
        String deviceHash = SecretTokens.hash(origin.deviceToken());
        boolean knownDevice = deviceHash != null && isKnownDevice(deviceHash, address, now);
        List<Guard> guards = new ArrayList<>();
        if (knownDevice) {
            guards.add(new Guard("device:" + deviceHash, LockoutPolicy.ACCOUNT, LoginOutcome.LOCKED));
        } else {
            guards.add(new Guard("address:" + address, LockoutPolicy.ACCOUNT, LoginOutcome.LOCKED));
            if (origin.clientAddress() != null) {
                guards.add(new Guard("client:" + origin.clientAddress(), LockoutPolicy.CLIENT, LoginOutcome.CLIENT_LOCKED));
            }
        }
        // Always in this order (address before client), so two attempts never wait for each other's locks.
        guards.forEach(guard -> lock(guard.key()));
        boolean lastChance = false;
        for (Guard guard : guards) {
            List<Instant> failures = recentFailures(guard, now);
            Optional<Instant> until = guard.policy().lockedUntil(failures, now);
            if (until.isPresent()) {
                return Admission.refused(guard.refusal(), until.get());
            }
            if (guard == guards.get(0)) {
                failures.add(now);
                lastChance = guard.policy().lockedUntil(failures, now).isPresent();
            }
        }
        List<Long> counted = new ArrayList<>();
        for (Guard guard : guards) {
            LoginFailure attempt = new LoginFailure(guard.key(), now);
            entityManager.persist(attempt);
            entityManager.flush();
            counted.add(attempt.getId());
        }
        StoredCredentials credentials = entityManager.createQuery(
                        "select new org.consortia.identity.StoredCredentials(a.id, a.passwordHash, a.enabled, o.enabled,"
                                + " a.totpSecret)"
                                + " from Account a join a.organisation o where a.email = :email", StoredCredentials.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new Admission(null, null, counted, List.of(guards.get(0).key()), credentials, lastChance,
                knownDevice ? null : deviceHash);
    }

    /**
     * The password was right: the attempt no longer counts, and the address (or device) starts
     * afresh. Remembers the browser as a known device of the account when asked to and it is not
     * one yet.
     */
    public void forgive(Admission admission, long accountId, boolean rememberDevice, Instant now) {
        entityManager.createQuery("delete from LoginFailure f where f.id in :ids or f.throttleKey in :keys")
                .setParameter("ids", admission.countedAttempts())
                .setParameter("keys", admission.clearedOnSuccess())
                .executeUpdate();
        if (rememberDevice && admission.unknownDevice() != null) {
            // A form sent twice at once may remember the same browser twice: once is enough.
            entityManager.createNativeQuery("insert into known_device (token_hash, account_id, created_at)"
                            + " values (?1, ?2, ?3) on conflict do nothing")
                    .unwrap(NativeQuery.class)
                    // Names the table it writes, or Hibernate would empty every cache to be safe.
                    .addSynchronizedQuerySpace("known_device")
                    .setParameter(1, admission.unknownDevice())
                    .setParameter(2, accountId)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    /** Forgets the attempt's count against the client's address, keeping the one against the e-mail address. */
    public void forgiveClient(Admission admission) {
        List<Long> beyondFirstGuard = admission.countedAttempts().subList(1, admission.countedAttempts().size());
        if (!beyondFirstGuard.isEmpty()) {
            entityManager.createQuery("delete from LoginFailure f where f.id in :ids")
                    .setParameter("ids", beyondFirstGuard)
                    .executeUpdate();
        }
    }

    /**
     * Counts a request (for a link to reset a password, say) against its guards, each a key with its
     * policy, unless one of them has had as many as its policy allows: then the request is refused,
     * uncounted, and this says until when.
     */
    public Optional<Instant> countRequest(Map<String, LockoutPolicy> guards, Instant now) {
        List<Guard> counted = guards.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Guard(entry.getKey(), entry.getValue(), LoginOutcome.LOCKED))
                .toList();
        // In the keys' order, so two requests never wait for each other's locks.
        counted.forEach(guard -> lock(guard.key()));
        for (Guard guard : counted) {
            Optional<Instant> until = guard.policy().lockedUntil(recentFailures(guard, now), now);
            if (until.isPresent()) {
                return until;
            }
        }
        counted.forEach(guard -> entityManager.persist(new LoginFailure(guard.key(), now)));
        return Optional.empty();
    }

    /** When the address may be tried again from a browser that is not one of its known devices. */
    public Optional<Instant> lockedUntil(String address, Instant now) {
        Guard guard = new Guard("address:" + address, LockoutPolicy.ACCOUNT, LoginOutcome.LOCKED);
        return guard.policy().lockedUntil(recentFailures(guard, now), now);
    }

    private boolean isKnownDevice(String tokenHash, String address, Instant now) {
        return entityManager.createQuery("select count(d) from KnownDevice d where d.tokenHash = :hash"
                        + " and d.account.email = :email and d.createdAt > :since", Long.class)
                .setParameter("hash", tokenHash)
                .setParameter("email", address)
                .setParameter("since", now.minus(DEVICE_LIFETIME))
                .getSingleResult() > 0;
    }

    private void lock(String key) {
        String select = "select throttle_key from login_throttle where throttle_key = ?1 for update";
        if (entityManager.createNativeQuery(select).setParameter(1, key).getResultList().isEmpty()) {
            entityManager.createNativeQuery("insert into login_throttle (throttle_key) values (?1) on conflict do nothing")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("login_throttle")
                    .setParameter(1, key)
                    .executeUpdate();
            entityManager.createNativeQuery(select).setParameter(1, key).getResultList();
        }
    }

    private List<Instant> recentFailures(Guard guard, Instant now) {
        Instant since = guard.policy().relevantSince(now);
        entityManager.createQuery("delete from LoginFailure f where f.throttleKey = :key and f.failedAt < :since")
                .setParameter("key", guard.key())
                .setParameter("since", since)
                .executeUpdate();
        return new ArrayList<>(entityManager.createQuery("select f.failedAt from LoginFailure f"
                        + " where f.throttleKey = :key order by f.failedAt", Instant.class)
                .setParameter("key", guard.key())
                .getResultList());
    }
}
