package org.consortia.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.stream.Stream;
import org.hibernate.query.NativeQuery;

/**
 * Forgets what the sign-in lock-out no longer needs, every hour: failures older than any lock they
 * could still cause, the lock rows of guards with no failures left, and browsers not seen to sign
 * in for a year. Without this, every address a stranger ever tried would stay in the tables.
 */
@Stateless
public class SignInRecordsCleanup {

    @PersistenceContext
    EntityManager entityManager;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        forgetBefore(Instant.now());
    }

    /** Deletes what no lock-out in force at {@code now} depends on; returns the rows deleted. */
    public int forgetBefore(Instant now) {
        Instant oldestRelevant = Stream.of(LockoutPolicy.ACCOUNT, LockoutPolicy.CLIENT, LockoutPolicy.RESET_ADDRESS,
                        LockoutPolicy.RESET_CLIENT)
                .map(policy -> policy.relevantSince(now))
                .min(Instant::compareTo)
                .orElseThrow();
        int failures = entityManager.createQuery("delete from LoginFailure f where f.failedAt < :since")
                .setParameter("since", oldestRelevant)
                .executeUpdate();
        int guards = entityManager.createNativeQuery("delete from login_throttle t where not exists"
                        + " (select 1 from login_failure f where f.throttle_key = t.throttle_key)")
                .unwrap(NativeQuery.class)
                // Names the table it writes, or Hibernate would empty every cache to be safe.
                .addSynchronizedQuerySpace("login_throttle")
                .executeUpdate();
        entityManager.createQuery("delete from PasswordReset r where r.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
        int devices = entityManager.createQuery("delete from KnownDevice d where d.createdAt < :since")
                .setParameter("since", now.minus(LoginThrottle.DEVICE_LIFETIME))
                .executeUpdate();
        return failures + guards + devices;
    }
}
