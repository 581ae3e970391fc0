package org.consortia.it.availability;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Takes the portal's database out of reach and brings it back, from the database's side, for the
 * tests of how the portal behaves meanwhile. On PostgreSQL the database stops accepting connections
 * and every connection to it is terminated; on the embedded H2 database one connection outside the
 * pool takes the database into exclusive mode, which closes every other connection and refuses new
 * ones. {@code POST /outage/begin} and {@code /outage/end} start and end an outage; {@code /outage/cut}
 * terminates every connection of the pool at once and lets new ones in.
 */
@WebServlet("/*")
public class DatabaseOutageSwitch extends HttpServlet {

    /** The connection holding the embedded database in exclusive mode during an outage. */
    private static Connection exclusive;

    @Resource(lookup = "java:jboss/datasources/ConsortiaDS")
    DataSource portal;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            boolean postgresql = "postgresql".equals(System.getenv("CONSORTIA_DB_DRIVER"));
            String url = postgresql ? System.getenv("CONSORTIA_DB_URL") : null;
            switch (request.getPathInfo()) {
                case "/begin" -> {
                    if (postgresql) {
                        refuseConnections(url, true);
                        terminateConnections(url);
                    } else {
                        beginExclusive(embeddedUrl());
                    }
                }
                case "/end" -> {
                    if (postgresql) {
                        refuseConnections(url, false);
                    } else {
                        endExclusive();
                    }
                }
                case "/cut" -> {
                    if (postgresql) {
                        terminateConnections(url);
                    } else {
                        beginExclusive(embeddedUrl());
                        endExclusive();
                    }
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private String embeddedUrl() throws SQLException {
        try (Connection connection = portal.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static synchronized void beginExclusive(String url) throws SQLException {
        if (exclusive == null) {
            loadDriver("org.h2.Driver");
            exclusive = DriverManager.getConnection(url, env("CONSORTIA_DB_USER", "sa"),
                    env("CONSORTIA_DB_PASSWORD", "consortia"));
            try (Statement statement = exclusive.createStatement()) {
                statement.execute("set exclusive 2");
            }
        }
    }

    private static synchronized void endExclusive() throws SQLException {
        if (exclusive != null) {
            try (Statement statement = exclusive.createStatement()) {
                statement.execute("set exclusive 0");
            } finally {
                exclusive.close();
                exclusive = null;
            }
        }
    }

    private static void refuseConnections(String url, boolean refuse) throws SQLException {
        try (Connection owner = ownerOfOtherDatabase(url); Statement statement = owner.createStatement()) {
            statement.execute("alter database " + databaseName(url) + " allow_connections " + !refuse);
        }
    }

    private static void terminateConnections(String url) throws SQLException {
        try (Connection owner = ownerOfOtherDatabase(url); Statement statement = owner.createStatement()) {
            // Waits up to five seconds for each backend to end, so that no pooled connection outlives the call.
            statement.execute("select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = '"
                    + databaseName(url) + "' and pid <> pg_backend_pid()");
        }
    }

    /** The owner, connected to the server's maintenance database so that it is not cut off itself. */
    private static Connection ownerOfOtherDatabase(String url) throws SQLException {
        loadDriver("org.postgresql.Driver");
        String user = env("CONSORTIA_DB_OWNER_USER", env("CONSORTIA_DB_USER", "postgres"));
        String password = env("CONSORTIA_DB_OWNER_PASSWORD", env("CONSORTIA_DB_PASSWORD", ""));
        return DriverManager.getConnection(url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), user, password);
    }

    private static String databaseName(String url) {
        String name = url.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name: " + name);
        }
        return name;
    }

    /** Registers the driver with DriverManager in case no connection has been opened through it yet. */
    private static void loadDriver(String name) throws SQLException {
        try {
            Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new SQLException("No driver " + name, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
