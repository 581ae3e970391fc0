package org.consortia.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migration that stores scores fills them in for the entries and history already there. */
class RiskScoreMigrationTest {

    private static final String URL = "jdbc:h2:mem:risk-scores;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void existingEntriesAndTheirHistoryGetTheirScores() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            statement.execute("insert into risk_entry (id, partnership_id, kind, title, perspective, category,"
                    + " inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, allocation, status,"
                    + " version) values (1, 1, 'RISK', 'Funding ends', 'COUNCIL', 'Financial', 'LIKELY', 'SEVERE',"
                    + " 'UNLIKELY', 'MINOR', 'MANAGED', 'ASSESSED', 0)");
            statement.execute("insert into risk_entry_aud (id, rev, revtype, inherent_likelihood, inherent_impact,"
                    + " residual_likelihood, residual_impact) values (1, 1, 0, 'RARE', 'NEGLIGIBLE', 'ALMOST_CERTAIN',"
                    + " 'MODERATE')");
            statement.execute("insert into risk_entry_aud (id, rev, revtype) values (1, 2, 2)");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            assertEquals("20,4", scores(statement, "select inherent_score, residual_score from risk_entry"));
            assertEquals("1,15", scores(statement, "select inherent_score, residual_score from risk_entry_aud where rev = 1"));
            assertEquals("0,0", scores(statement, "select inherent_score, residual_score from risk_entry_aud where rev = 2"),
                    "a revision without scale values has no score");
        }
    }

    private static String scores(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getInt(1) + "," + row.getInt(2);
        }
    }
}
