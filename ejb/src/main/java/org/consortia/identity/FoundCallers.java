package org.consortia.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers the current request has found, as the database had them: a caller carried into a
 * transaction of its own ({@link CallerLookup#carry}) must be one of them, roles and all.
 */
@RequestScoped
public class FoundCallers {

    private final Set<Caller> found = ConcurrentHashMap.newKeySet();

    void add(Caller caller) {
        found.add(caller);
    }

    boolean contains(Caller caller) {
        return found.contains(caller);
    }
}
