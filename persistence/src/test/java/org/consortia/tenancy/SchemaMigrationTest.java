package org.consortia.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the readiness check asks of the schema: the migrations still to run. */
class SchemaMigrationTest {

    @Test
    void aDatabaseIsPendingEveryMigrationUntilMigrated() {
        DataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:pending;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        int pending = SchemaMigration.pending(database);
        assertTrue(pending >= 11, "every migration is pending on an empty database: " + pending);
        SchemaMigration.migrate(database, null);
        assertEquals(0, SchemaMigration.pending(database));
    }

    @Test
    void anUnreachableDatabaseFails() {
        DataSource unreachable = new DriverManagerDataSource("jdbc:h2:file:/nonexistent/consortia;IFEXISTS=TRUE", "sa", "");
        assertThrows(RuntimeException.class, () -> SchemaMigration.pending(unreachable));
    }
}
