package org.consortia.it.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.consortia.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema comes from the versioned migrations (and Hibernate validated it when the application
 * deployed): every migration applied successfully, and the audit tables carry the workspace.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ConsortiaDS")
    DataSource dataSource;

    @Test
    void everyMigrationRanSuccessfully() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version"));
                versions.add(rows.getString("version"));
            }
        }
        assertEquals("1", versions.get(0));
    }

    @Test
    void workspaceAuditTablesRecordTheWorkspace() throws SQLException {
        for (String table : List.of("membership_aud", "representative_aud")) {
            try (Connection connection = dataSource.getConnection();
                 ResultSet columns = connection.getMetaData().getColumns(null, null, table, "partnership_id")) {
                assertTrue(columns.next(), table + " has partnership_id");
            }
        }
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, "revinfo", null)) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase());
            }
            assertTrue(names.containsAll(List.of("account_id", "organisation_id", "partnership_id", "revtstmp")), names.toString());
        }
    }
}
