package org.consortia.listing;

import java.io.Serializable;

/**
 * Which slice of a list to fetch and how to sort it. The sort field is a name the service checks
 * against its own list of sortable columns, never a fragment of a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), MAX_SIZE);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true);
    }
}
