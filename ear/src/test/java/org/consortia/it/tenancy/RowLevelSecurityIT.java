package org.consortia.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.SchemaMigration;
import org.consortia.tenancy.WorkspaceConnections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's own wall between workspaces, behind Hibernate's tenant filter. A scratch database
 * is migrated as its owner; then, connected as the portal's role, every table with a workspace
 * column (found from the catalogue, so a new table is checked as soon as it exists) shows only the
 * rows of the workspace the connection is set to, refuses rows for another workspace, shows
 * nothing when no workspace is set, and shows every workspace only to the cross-workspace
 * setting. Runs against the PostgreSQL server of the machine (127.0.0.1:5432, user postgres), as
 * CI does, whichever database the portal's own tests use.
 */
class RowLevelSecurityIT {

    /** Tables whose partnership_id names the partnership a council record is about, not a workspace. */
    private static final Set<String> COUNCIL_TABLES = Set.of("partnership_theme", "partnership_theme_aud",
            "partnership_resource", "partnership_resource_aud", "oversight_visit", "invitation");

    /** Values that a table's check constraints require, in place of the filler's own. */
    private static final Map<String, Map<String, String>> CHECKED_VALUES = Map.of(
            "meeting", Map.of("ends_at", "now() + interval '1 hour'"),
            "poll_slot", Map.of("ends_at", "now() + interval '1 hour'"),
            "decision", Map.of("quorate_when_recorded", "true"),
            "meeting_rules", Map.of("quorum_kind", "'NUMBER'", "quorum_number", "3", "earliest_start", "'09:00'",
                    "latest_end", "'17:00'"));

    private static final String SERVER = System.getenv().getOrDefault("CONSORTIA_TEST_POSTGRESQL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = "consortia_rls_" + SUFFIX;
    private static final String APPLICATION = "consortia_rls_app_" + SUFFIX;
    private static final long OURS = 1;
    private static final long THEIRS = 2;

    private static List<String> workspaceTables;

    @BeforeAll
    static void migrateAScratchDatabaseAndFillEveryWorkspaceTable() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + DATABASE);
            statement.execute("create role " + APPLICATION + " login password 'application' nosuperuser nobypassrls");
        }
        SchemaMigration.migrate(dataSource("postgres", ""), APPLICATION);
        try (Connection owner = dataSource("postgres", "").getConnection()) {
            workspaceTables = query(owner, """
                    select c.table_name from information_schema.columns c
                      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = 'public' and c.column_name = 'partnership_id' and t.table_type = 'BASE TABLE'
                     order by 1""").stream().filter(table -> !COUNCIL_TABLES.contains(table)).toList();
            try (Statement statement = owner.createStatement()) {
                // Foreign keys are triggers: off for this connection, so each table can be filled alone.
                statement.execute("set session_replication_role = replica");
                for (String table : workspaceTables) {
                    statement.execute(insertOf(owner, table, OURS));
                    statement.execute(insertOf(owner, table, THEIRS));
                }
            }
        }
    }

    @AfterAll
    static void dropTheScratchDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("drop role if exists " + APPLICATION);
        }
    }

    @Test
    void everyWorkspaceTableHasThePolicyAndThePortalsRoleCannotGetRoundIt() throws SQLException {
        assertTrue(workspaceTables.size() >= 25, "found from the catalogue: " + workspaceTables);
        assertTrue(workspaceTables.containsAll(List.of("risk_entry", "risk_entry_aud", "mou_section", "revinfo")));
        try (Connection owner = dataSource("postgres", "").getConnection()) {
            for (String table : workspaceTables) {
                assertEquals(List.of("true"), query(owner, "select relrowsecurity::text from pg_class where relname = '"
                        + table + "'"), table + " has row-level security");
                assertEquals(List.of("workspace_delete", "workspace_insert", "workspace_read", "workspace_update"),
                        query(owner, "select policyname from pg_policies where tablename = '" + table + "' order by 1"),
                        table + " has the workspace policies");
            }
            assertEquals(List.of("false|false"), query(owner, "select rolsuper::text || '|' || rolbypassrls::text"
                    + " from pg_roles where rolname = '" + APPLICATION + "'"));
            assertEquals(List.of("0"), query(owner, "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                    + " where r.rolname = '" + APPLICATION + "'"), "the portal's role owns nothing");
        }
    }

    @Test
    void aWorkspacesConnectionSeesAndWritesOnlyItsOwnRowsInEveryTable() throws SQLException {
        WorkspaceConnections connections = WorkspaceConnections.over(dataSource(APPLICATION, "application"));
        Connection ours = connections.getConnection(OURS);
        try {
            for (String table : workspaceTables) {
                assertEquals(List.of(String.valueOf(OURS)), query(ours, "select partnership_id from " + table), table);
                SQLException refused = assertThrows(SQLException.class, () -> execute(ours,
                        "insert into " + table + " (partnership_id) values (" + THEIRS + ")"), table);
                assertEquals("42501", refused.getSQLState(), table + ": " + refused.getMessage());
                assertEquals(0, update(ours, "update " + table + " set partnership_id = partnership_id"
                        + " where partnership_id = " + THEIRS), table);
                assertEquals(0, update(ours, "delete from " + table + " where partnership_id = " + THEIRS), table);
                if (!table.equals("revinfo")) {
                    SQLException unowned = assertThrows(SQLException.class, () -> execute(ours, "update " + table
                            + " set partnership_id = null where partnership_id = " + OURS), table);
                    assertEquals("42501", unowned.getSQLState(), table + ": a row cannot be given to no workspace");
                }
            }
        } finally {
            connections.releaseConnection(OURS, ours);
        }
    }

    @Test
    void withoutAWorkspaceNothingIsSeenAndOnlyTheCrossWorkspaceSettingSeesEverything() throws SQLException {
        DataSource application = dataSource(APPLICATION, "application");
        try (Connection bare = application.getConnection()) {
            for (String table : workspaceTables) {
                assertEquals(List.of("0"), query(bare, "select count(*) from " + table), table);
            }
        }
        WorkspaceConnections connections = WorkspaceConnections.over(application);
        Connection all = connections.getConnection(CurrentWorkspace.ALL_WORKSPACES);
        try {
            for (String table : workspaceTables) {
                assertEquals(List.of("2"), query(all, "select count(*) from " + table), table);
            }
            assertThrows(SQLException.class, () -> execute(all, "insert into risk_tolerance (partnership_id) values ("
                    + OURS + ")"), "the cross-workspace setting never writes");
            for (String table : workspaceTables) {
                assertEquals(0, update(all, "update " + table + " set partnership_id = partnership_id"), table);
                assertEquals(0, update(all, "delete from " + table), table + ": nor deletes");
            }
        } finally {
            connections.releaseConnection(CurrentWorkspace.ALL_WORKSPACES, all);
        }
    }

    @Test
    void aCrossWorkspaceReadInsideAWorkspacesTransactionLeavesItsSettingBehindItNot() throws SQLException {
        try (Connection physical = dataSource(APPLICATION, "application").getConnection()) {
            // The server shares one physical connection between the sessions of a transaction.
            Connection shared = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> method.getName().equals("close")
                            ? null : method.invoke(physical, arguments));
            WorkspaceConnections connections = WorkspaceConnections.over(sharing(shared));
            Connection workspace = connections.getConnection(OURS);
            Connection across = connections.getConnection(CurrentWorkspace.ALL_WORKSPACES);
            assertEquals(List.of("2"), query(across, "select count(*) from risk_entry"));
            connections.releaseConnection(CurrentWorkspace.ALL_WORKSPACES, across);
            assertEquals(List.of("1"), query(workspace, "select count(*) from risk_entry"), "back to its workspace");
            connections.releaseConnection(OURS, workspace);
            Connection next = connections.getConnection(CurrentWorkspace.NONE);
            assertEquals(List.of("0"), query(next, "select count(*) from risk_entry"),
                    "a workspace's own setting stays until the next use, which sets its own first");
            connections.releaseConnection(CurrentWorkspace.NONE, next);
            assertFalse(physical.isClosed());
        }
    }

    private static DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + DATABASE);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static DataSource sharing(Connection connection) {
        PGSimpleDataSource template = new PGSimpleDataSource();
        return (DataSource) Proxy.newProxyInstance(RowLevelSecurityIT.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> method.getName().equals("getConnection")
                        ? connection : method.invoke(template, arguments));
    }

    /** An insert of one row with a value of the right type in every column that needs one. */
    private static String insertOf(Connection owner, String table, long workspace) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String column : query(owner, "select column_name || '|' || data_type from information_schema.columns"
                + " where table_schema = 'public' and table_name = '" + table + "' and is_nullable = 'NO'"
                + " and column_default is null and is_identity = 'NO' order by ordinal_position")) {
            String[] parts = column.split("\\|");
            names.add(parts[0]);
            values.add(parts[0].equals("partnership_id") ? String.valueOf(workspace) : switch (parts[1]) {
                case "bigint", "integer", "smallint", "numeric" -> String.valueOf(workspace);
                case "boolean" -> "false";
                case "date" -> "current_date";
                case "timestamp with time zone", "timestamp without time zone" -> "now()";
                default -> "'" + workspace + "'";
            });
        }
        if (!names.contains("partnership_id")) {
            names.add("partnership_id");
            values.add(String.valueOf(workspace));
        }
        CHECKED_VALUES.getOrDefault(table, Map.of()).forEach((column, value) -> {
            int at = names.indexOf(column);
            if (at < 0) {
                names.add(column);
                values.add(value);
            } else {
                values.set(at, value);
            }
        });
        return "insert into " + table + " (" + String.join(", ", names) + ") values (" + String.join(", ", values) + ")";
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
