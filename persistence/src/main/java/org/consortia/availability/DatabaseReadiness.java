package org.consortia.availability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.consortia.tenancy.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve only while the database answers and its schema has every migration of this
 * release: a load balancer sends requests elsewhere meanwhile. Reported at {@code /health/ready} on
 * the management port.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    private static final int ANSWER_WITHIN_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ConsortiaDS")
    DataSource database;

    /** Once every migration has run it stays run: later probes only ask whether the database answers. */
    private volatile boolean migrated;

    @Override
    public HealthCheckResponse call() {
        try {
            int pending = migrated ? 0 : SchemaMigration.pending(database);
            migrated = pending == 0;
            boolean reachable = answers();
            return HealthCheckResponse.named("database")
                    .status(reachable && migrated)
                    .withData("reachable", reachable)
                    .withData("pendingMigrations", pending)
                    .build();
        } catch (RuntimeException unreachable) {
            LOG.log(Level.FINE, "The database cannot be reached", unreachable);
            return HealthCheckResponse.named("database").down().withData("reachable", false).build();
        }
    }

    private boolean answers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(ANSWER_WITHIN_SECONDS);
        } catch (SQLException unreachable) {
            LOG.log(Level.FINE, "The database cannot be reached", unreachable);
            return false;
        }
    }
}
