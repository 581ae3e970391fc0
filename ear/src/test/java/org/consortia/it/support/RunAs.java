package org.consortia.it.support;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PrivilegedAction;
import java.util.function.Supplier;
import org.consortia.tenancy.CurrentWorkspace;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Calls services as a given signed-in user, as the web layer would after login. No transaction of
 * its own: each service call opens its own, inside the workspace chosen for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAs {

    @PersistenceContext
    EntityManager entityManager;

    /** Runs the work as the account with this address; signed-in identities name their account by its id. */
    public <T> T user(String email, Supplier<T> work) {
        String accountId = entityManager.createQuery("select a.id from Account a where a.email = :email", Long.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .map(String::valueOf)
                .orElse(email);
        return SecurityDomain.getCurrent().createAdHocIdentity(accountId).runAs((PrivilegedAction<T>) work::get);
    }

    public void user(String email, Runnable work) {
        user(email, () -> {
            work.run();
            return null;
        });
    }

    public <T> T inWorkspace(String email, long partnershipId, Supplier<T> work) {
        return CurrentWorkspace.callIn(partnershipId, () -> user(email, work));
    }

    public void inWorkspace(String email, long partnershipId, Runnable work) {
        CurrentWorkspace.runIn(partnershipId, () -> user(email, work));
    }
}
