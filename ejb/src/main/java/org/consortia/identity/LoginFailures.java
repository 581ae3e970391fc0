package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Wrong passwords given for an address, wherever they were typed, and the lock-out they lead to. */
@Stateless
public class LoginFailures {

    @PersistenceContext
    EntityManager entityManager;

    /** When the address may be tried again, if it is locked now. */
    public Optional<Instant> lockedUntil(String address, Instant now) {
        List<Instant> failures = entityManager.createQuery(
                        "select f.failedAt from LoginFailure f where f.email = :email and f.failedAt >= :since"
                                + " order by f.failedAt", Instant.class)
                .setParameter("email", address)
                .setParameter("since", LockoutPolicy.relevantSince(now))
                .getResultList();
        return LockoutPolicy.lockedUntil(failures, now);
    }

    /**
     * Records a wrong password in a transaction of its own, so it counts even when the call it was
     * typed for is refused and rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String address, Instant at) {
        entityManager.persist(new LoginFailure(address, at));
    }
}
