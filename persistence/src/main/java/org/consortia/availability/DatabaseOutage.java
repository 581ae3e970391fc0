package org.consortia.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing
 * connections, or a connection cut from its side) from every other failure. Such a failure is
 * temporary: the request is answered "temporarily unavailable", never as a fault of the portal.
 */
public final class DatabaseOutage {

    /** PostgreSQL's connection exceptions (08) and shut-downs, crashes and start-ups (57P0x). */
    private static final Set<String> OUTAGE_STATE_PREFIXES = Set.of("08", "57P0");

    /** H2's connection broken, database closed, called during shut-down and exclusive mode. */
    private static final Set<String> EMBEDDED_OUTAGE_STATES = Set.of("90067", "90098", "90121", "90135");

    /** What the connection pool throws when it cannot hand out a connection. */
    private static final String POOL_REFUSAL = "jakarta.resource.ResourceException";

    /**
     * The pool's own codes for "unable to get a managed connection", "none free within the blocking
     * timeout" and "unable to create a connection"; its other refusals (a transaction marked for
     * rollback, say) are faults, not outages.
     */
    private static final Set<String> POOL_REFUSAL_CODES = Set.of("IJ000453", "IJ000655", "IJ031084");

    /** The transaction manager's word for a commit whose outcome it does not know. */
    private static final String HEURISTIC = "Heuristic";

    private static final int DEEPEST_CAUSE = 40;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return firstCause(failure, DatabaseOutage::isOutage).isPresent();
    }

    /**
     * Whether the database went away while a commit was under way, so that the change may or may
     * not have been saved: the user must look before trying again.
     */
    public static boolean mayHaveCommitted(Throwable failure) {
        return causedBy(failure) && firstCause(failure, DatabaseOutage::isHeuristic).isPresent();
    }

    /** The failure that shows the database out of reach, for the log: one line, not a stack. */
    public static String describe(Throwable failure) {
        return String.valueOf(firstCause(failure, DatabaseOutage::isOutage).orElse(failure));
    }

    private static Optional<Throwable> firstCause(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
            if (test.test(cause)) {
                return Optional.of(cause);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Optional.empty();
    }

    private static boolean isHeuristic(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getSimpleName().contains(HEURISTIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.length() == 5 && OUTAGE_STATE_PREFIXES.stream().anyMatch(state::startsWith)
                    || EMBEDDED_OUTAGE_STATES.contains(state);
        }
        String message = String.valueOf(cause.getMessage());
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(POOL_REFUSAL)) {
                return POOL_REFUSAL_CODES.stream().anyMatch(message::startsWith);
            }
        }
        return false;
    }
}
