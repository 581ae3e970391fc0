package org.consortia.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing
 * connections, or a connection cut from its side) from every other failure. Such a failure is
 * temporary: the request is answered "temporarily unavailable", never as a fault of the portal.
 */
public final class DatabaseOutage {

    /** PostgreSQL's "connection exception" and "operator intervention" classes (shut down, starting up). */
    private static final Set<String> OUTAGE_STATE_CLASSES = Set.of("08", "57");

    /** H2's connection broken, database closed, called during shut-down and exclusive mode. */
    private static final Set<String> EMBEDDED_OUTAGE_STATES = Set.of("90067", "90098", "90121", "90135");

    /** What the connection pool throws when it cannot hand out a connection. */
    private static final String POOL_REFUSAL = "jakarta.resource.ResourceException";

    private static final int DEEPEST_CAUSE = 40;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
            if (isOutage(cause)) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.length() == 5 && OUTAGE_STATE_CLASSES.contains(state.substring(0, 2))
                    || EMBEDDED_OUTAGE_STATES.contains(state);
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(POOL_REFUSAL)) {
                return true;
            }
        }
        return false;
    }
}
