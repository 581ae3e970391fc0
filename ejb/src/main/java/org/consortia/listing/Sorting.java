package org.consortia.listing;

import java.util.Map;

/**
 * The columns a list may be sorted by, as the names the page uses mapped to JPQL expressions: a
 * name from the request that is not one of them sorts by the default, so no text from the user ever
 * reaches the query. Rows that sort equal are ordered by {@code tieBreaker} (the id), so that no row
 * falls between two pages.
 */
public record Sorting(Map<String, String> columns, String defaultColumn, String tieBreaker) {

    public Sorting {
        columns = Map.copyOf(columns);
        if (!columns.containsKey(defaultColumn)) {
            throw new IllegalArgumentException("The default sort must be one of the columns: " + defaultColumn);
        }
    }

    /** " order by lower(e.title) desc nulls last, e.id" for a request to sort by title, descending. */
    public String orderBy(PageRequest request) {
        String column = columns.getOrDefault(request.sortField() == null ? defaultColumn : request.sortField(),
                columns.get(defaultColumn));
        return " order by " + column + (request.ascending() ? " asc" : " desc") + " nulls last, " + tieBreaker;
    }
}
