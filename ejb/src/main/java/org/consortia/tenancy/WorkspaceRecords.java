package org.consortia.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;

/**
 * Loads workspace rows by id through a query, which Hibernate restricts to the current tenant:
 * a plain {@code EntityManager.find} is a direct load that filters do not reach. A row the
 * transaction has already loaded (which it could only have done in this workspace) is taken from
 * the persistence context instead, so a page that checks the same record in several services asks
 * the database once.
 */
public final class WorkspaceRecords {

    private WorkspaceRecords() {
    }

    public static <T extends WorkspaceEntity> Optional<T> find(EntityManager entityManager, Class<T> type, long id) {
        Optional<T> loaded = alreadyLoaded(entityManager, type, id);
        if (loaded.isPresent()) {
            return loaded;
        }
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static <T extends WorkspaceEntity> Optional<T> alreadyLoaded(EntityManager entityManager, Class<T> type,
            long id) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        Object known = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id,
                session.getFactory().getMappingMetamodel().getEntityDescriptor(type)));
        // One removed in this transaction is left to the query, which flushes the removal first. A page
        // view's rows are read only, the status its read-only transaction gives them.
        Status status = known == null ? null : session.getPersistenceContextInternal().getEntry(known).getStatus();
        boolean managed = status == Status.MANAGED || status == Status.READ_ONLY;
        return managed && type.isInstance(known)
                && Long.valueOf(CurrentWorkspace.tenant()).equals(type.cast(known).getPartnershipId())
                ? Optional.of(type.cast(known)) : Optional.empty();
    }
}
