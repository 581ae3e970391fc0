package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.function.Function;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The one explicit path across every workspace, for the council's oversight reports: a read-only
 * session whose tenant sees all partitions. Every use is checked against the permission matrix and
 * recorded in the oversight log.
 */
@Stateless
public class AllWorkspaces {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    CallerLookup callers;

    @Inject
    OversightLog oversightLog;

    /** Runs a read across all workspaces for a caller who may take the action; records that it did. */
    public <T> T read(Action action, String purpose, Function<Session, T> query) {
        Caller caller = callers.require(action);
        oversightLog.recordAcrossWorkspaces(caller.accountId(), purpose);
        try (Session session = entityManagerFactory.unwrap(SessionFactory.class).withOptions()
                .tenantIdentifier((Object) CurrentWorkspace.ALL_WORKSPACES)
                .openSession()) {
            session.setDefaultReadOnly(true);
            return query.apply(session);
        }
    }
}
