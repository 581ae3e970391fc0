package org.consortia.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date with the migrations under {@code db/migration}, which run unchanged
 * on H2 and PostgreSQL. On PostgreSQL the callbacks under {@code db/postgresql} then give the
 * application's role its rights and every workspace table its row-level security policy, after
 * every migration, so a table added later is covered as soon as it exists.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private static final Duration WAIT_FOR_DATABASE = Duration.ofMinutes(2);

    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private SchemaMigration() {
    }

    /**
     * Migrates through a data source of the schema's owner. {@code applicationUser} is the role the
     * portal connects as, which is given the rights to read and write rows and nothing else; null
     * when the portal connects as the owner itself, as in development.
     */
    public static void migrate(DataSource owner, String applicationUser) {
        awaitDatabase(owner);
        configured(owner)
                .placeholders(Map.of("applicationUser", applicationUser == null ? "" : applicationUser))
                .load()
                .migrate();
    }

    /** How many migrations the database has yet to run; fails if the database cannot be reached. */
    public static int pending(DataSource dataSource) {
        return configured(dataSource).load().info().pending().length;
    }

    private static FluentConfiguration configured(DataSource dataSource) {
        boolean postgresql = isPostgresql(dataSource);
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(postgresql ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                        : new String[] {"classpath:db/migration"});
    }

    /**
     * Waits for a database that is still starting, or briefly away, when the portal starts: the
     * deployment then goes on by itself once it answers, instead of failing until someone restarts
     * the server.
     */
    private static void awaitDatabase(DataSource dataSource) {
        Instant deadline = Instant.now().plus(WAIT_FOR_DATABASE);
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException | RuntimeException unreachable) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The database did not answer within " + WAIT_FOR_DATABASE, unreachable);
                }
                LOG.warning("The database cannot be reached yet (" + unreachable.getMessage() + "); trying again.");
                try {
                    Thread.sleep(RETRY_EVERY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the database", interrupted);
                }
            }
        }
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
