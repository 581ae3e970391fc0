package org.consortia.validation;

import java.sql.SQLException;

/** Recognises a failure caused by a database integrity constraint, such as a unique key. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /**
     * Runs a creation that a unique constraint makes happen at most once: when someone else's
     * creation won at the same moment, that is success too. Any other failure is rethrown.
     */
    public static void createOnce(Runnable creation) {
        try {
            creation.run();
        } catch (RuntimeException failed) {
            if (!causedBy(failed)) {
                throw failed;
            }
        }
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
