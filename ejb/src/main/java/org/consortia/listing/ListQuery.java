package org.consortia.listing;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One page of a filtered, sorted list, cut in the database, and the size of the whole list: the
 * query every paged list of the portal runs.
 */
public final class ListQuery {

    private ListQuery() {
    }

    /**
     * Runs {@code select} (up to its from clause and joins) and {@code count} with the same
     * conditions; the rows are sorted as the request asks among the columns {@code sorting} allows.
     */
    public static <T> Page<T> page(EntityManager entityManager, Class<T> type, String select, String count,
            Conditions conditions, Sorting sorting, PageRequest request) {
        List<T> items = conditions.bind(entityManager.createQuery(select + conditions.where()
                        + sorting.orderBy(request), type))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        long total = conditions.bind(entityManager.createQuery(count + conditions.where(), Long.class))
                .getSingleResult();
        return new Page<>(items, total, request.first(), request.size());
    }
}
