package org.consortia.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Loads workspace rows by id through a query, which Hibernate restricts to the current tenant:
 * a plain {@code EntityManager.find} is a direct load that filters do not reach.
 */
public final class WorkspaceRecords {

    private WorkspaceRecords() {
    }

    public static <T extends WorkspaceEntity> Optional<T> find(EntityManager entityManager, Class<T> type, long id) {
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
