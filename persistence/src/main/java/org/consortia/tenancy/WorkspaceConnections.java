package org.consortia.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;

/**
 * Hands Hibernate its connections and tells PostgreSQL which workspace each one serves, for the
 * database's own row-level security behind Hibernate's tenant filter. A connection for a workspace
 * gets {@code consortia.workspace} set to its id; the tenant that sees every workspace (only the
 * audited cross-workspace path opens one) gets {@code consortia.all_workspaces} instead. A
 * connection allowed into every workspace gets back the settings it had when Hibernate releases it,
 * so none goes back to the pool (or, within a transaction, where the server hands every session the
 * same physical connection, back to a workspace's session) still allowed everywhere. A workspace's
 * own setting is left in place: the next use sets its own first, and that release mostly comes after
 * the transaction has ended, when the server refuses statements (building that refusal on every
 * page view cost a sixth of the time of a busy register page). H2 has no row-level security, so
 * nothing is set there.
 */
public class WorkspaceConnections implements MultiTenantConnectionProvider<Long>, Configurable {

    static final String WORKSPACE = "consortia.workspace";
    static final String ALL_WORKSPACES = "consortia.all_workspaces";

    private static final String SWAP = "select current_setting('" + WORKSPACE + "', true), current_setting('"
            + ALL_WORKSPACES + "', true), set_config('" + WORKSPACE + "', ?, false), set_config('" + ALL_WORKSPACES
            + "', ?, false)";

    /** The settings each connection now allowed into every workspace had before. */
    private static final ThreadLocal<Map<Connection, String[]>> BEFORE_ALL_WORKSPACES =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private transient DataSource dataSource;
    private volatile Boolean postgresql;

    @Override
    public void configure(Map<String, Object> settings) {
        Object configured = settings.getOrDefault("jakarta.persistence.jtaDataSource",
                settings.get("hibernate.connection.datasource"));
        if (configured instanceof DataSource given) {
            dataSource = given;
        } else if (configured instanceof String jndiName) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(jndiName);
            } catch (NamingException e) {
                throw new HibernateException("No data source at " + jndiName, e);
            }
        } else {
            throw new HibernateException("The persistence unit names no data source");
        }
    }

    /** For tests and tools that hold a data source of their own. */
    public static WorkspaceConnections over(DataSource dataSource) {
        WorkspaceConnections connections = new WorkspaceConnections();
        connections.dataSource = dataSource;
        return connections;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return getConnection(CurrentWorkspace.NONE);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        releaseConnection(CurrentWorkspace.NONE, connection);
    }

    @Override
    public Connection getConnection(Long tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!isPostgresql(connection)) {
            return connection;
        }
        boolean all = tenant != null && tenant == CurrentWorkspace.ALL_WORKSPACES;
        String workspace = all || tenant == null ? "" : String.valueOf(tenant);
        try {
            String[] previous = swap(connection, workspace, all ? "on" : "");
            if (all) {
                BEFORE_ALL_WORKSPACES.get().put(connection, previous);
            }
        } catch (SQLException | RuntimeException failed) {
            connection.close();
            throw failed;
        }
        return connection;
    }

    @Override
    public void releaseConnection(Long tenant, Connection connection) throws SQLException {
        try {
            String[] before = BEFORE_ALL_WORKSPACES.get().remove(connection);
            if (before != null) {
                restore(connection, before);
            }
        } finally {
            connection.close();
        }
    }

    /**
     * Puts back what the connection had. If that fails (the transaction is over, or the connection
     * broken), nothing is lost: the next use of the connection sets its own workspace first.
     */
    private static void restore(Connection connection, String[] before) {
        try {
            if (!connection.isClosed()) {
                swap(connection, before[0], before[1]);
            }
        } catch (SQLException ignored) {
            // See above.
        }
    }

    private static String[] swap(Connection connection, String workspace, String allWorkspaces) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SWAP)) {
            statement.setString(1, workspace == null ? "" : workspace);
            statement.setString(2, allWorkspaces == null ? "" : allWorkspaces);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new String[] {result.getString(1), result.getString(2)};
            }
        }
    }

    private boolean isPostgresql(Connection connection) throws SQLException {
        Boolean known = postgresql;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
            postgresql = known;
        }
        return known;
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this) || DataSource.class.isAssignableFrom(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return (T) this;
        }
        if (DataSource.class.isAssignableFrom(type)) {
            return (T) dataSource;
        }
        throw new HibernateException("Cannot unwrap as " + type.getName());
    }
}
