package org.consortia.listing;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's filter as JPQL conditions joined by "and", each with its named parameters, built from
 * the filters the user chose: a filter left empty adds nothing. The conditions are the service's own
 * text; only the values come from the user, always as parameters.
 */
public final class Conditions {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that needs no value, such as "e.closedAt is null". */
    public Conditions add(String condition) {
        text.append(text.isEmpty() ? " where " : " and ").append(condition);
        return this;
    }

    /**
     * Adds a condition on one parameter, such as ("e.kind = :kind", "kind", kind), unless the value
     * is null or blank text: a filter not chosen.
     */
    public Conditions add(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds a condition with every parameter it names, all of them chosen. */
    public Conditions add(String condition, Map<String, Object> values) {
        add(condition);
        parameters.putAll(values);
        return this;
    }

    /** " where a and b", or nothing when no filter was chosen. */
    public String where() {
        return text.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
