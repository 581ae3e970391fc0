package org.consortia.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration to the validity audit strategy gives every audit row already written the revision
 * that replaced it: the next row of the same record, or of the same collection element.
 */
class ValidityMigrationTest {

    private static final String URL = "jdbc:h2:mem:validity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void eachAuditRowEndsAtTheNextRevisionOfItsRecord() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("12").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            for (int revision = 1; revision <= 4; revision++) {
                statement.execute("insert into revinfo (rev, revtstmp, partnership_id) values (" + revision + ", 0, 7)");
            }
            statement.execute("insert into mou_section_aud (id, rev, revtype, partnership_id) values"
                    + " (1, 1, 0, 7), (1, 2, 1, 7), (2, 3, 0, 7), (1, 4, 2, 7)");
            statement.execute("insert into partnership_theme_aud (rev, revtype, partnership_id, theme) values"
                    + " (1, 0, 7, 'COMMUNITY_SAFETY'), (1, 0, 7, 'HEALTH'), (3, 2, 7, 'COMMUNITY_SAFETY')");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            assertEquals(List.of("1@1-2", "1@2-4", "1@4-", "2@3-"),
                    rows(statement, "select id, rev, revend from mou_section_aud order by id, rev"));
            assertEquals(List.of("COMMUNITY_SAFETY@1-3", "COMMUNITY_SAFETY@3-", "HEALTH@1-"),
                    rows(statement, "select theme, rev, revend from partnership_theme_aud order by theme, rev"));
        }
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery(query)) {
            while (row.next()) {
                rows.add(row.getString(1) + "@" + row.getInt(2) + "-" + (row.getObject(3) == null ? "" : row.getInt(3)));
            }
        }
        return rows;
    }
}
