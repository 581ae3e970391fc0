package org.consortia.availability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import jakarta.transaction.HeuristicMixedException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aConnectionCutByTheServerIsAnOutageHoweverDeeplyWrapped() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertTrue(DatabaseOutage.causedBy(new EJBException(new RuntimeException(terminated))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("This connection has been closed.", "08003")));
        assertTrue(DatabaseOutage.causedBy(new SQLNonTransientConnectionException("refused")));
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsAnOutage() {
        SQLException wrapped = new SQLException("IJ031014: Could not get a connection",
                new ResourceException("IJ000453: Unable to get managed connection"));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(wrapped)));
    }

    @Test
    void anEmbeddedDatabaseInExclusiveModeIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Database is in exclusive mode", "90135", 90135)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLIntegrityConstraintViolationException("duplicate", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax", "42601")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("no")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("IJ031070: Transaction cannot proceed",
                new ResourceException("IJ031070: Transaction cannot proceed: STATUS_MARKED_ROLLBACK"))));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCommitCutOffByTheOutageMayHaveBeenSaved() {
        SQLException closed = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        HeuristicMixedException unknownOutcome = new HeuristicMixedException("ARJUNA016036: commit failed");
        unknownOutcome.initCause(closed);
        assertTrue(DatabaseOutage.mayHaveCommitted(new EJBException(unknownOutcome)));
        assertFalse(DatabaseOutage.mayHaveCommitted(new EJBException(closed)), "a statement that failed was rolled back");
    }
}
