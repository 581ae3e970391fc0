package org.consortia.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Makes the persistence context of a page view's transaction read only. Without this, Hibernate
 * looks over every entity the page has loaded for changes to write before each of the page's queries,
 * which cost more than the queries themselves. A page view that writes (recording an oversight visit,
 * creating a workspace's first Memorandum) does so in a transaction of its own, which this leaves alone.
 */
@ApplicationScoped
public class ReadOnlyTransactions {

    @PersistenceContext
    EntityManager entityManager;

    /**
     * Entities the current transaction loads from now on keep no copy to compare with and are never
     * written, and nothing is flushed. Opens the transaction's persistence context, so the workspace
     * must already be entered.
     */
    public void makeCurrentReadOnly() {
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
