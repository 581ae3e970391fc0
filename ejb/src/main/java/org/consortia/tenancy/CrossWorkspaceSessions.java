package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;

/**
 * Opens the read-only session whose tenant sees every workspace, for {@link AllWorkspaces} alone,
 * which has checked and recorded the read first. It runs outside the caller's transaction, so its
 * connection is its own, and is released, with its setting undone, as soon as the read ends: inside
 * a transaction the server would hand it the transaction's connection and release that only when the
 * transaction ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrossWorkspaceSessions {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    public <T> T read(Function<Session, T> query) {
        try (Session session = entityManagerFactory.unwrap(SessionFactory.class).withOptions()
                .tenantIdentifier((Object) CurrentWorkspace.ALL_WORKSPACES)
                // One connection for the whole read, rather than one per statement outside a transaction.
                .connectionHandlingMode(PhysicalConnectionHandlingMode.DELAYED_ACQUISITION_AND_HOLD)
                .openSession()) {
            session.setDefaultReadOnly(true);
            return query.apply(session);
        }
    }
}
