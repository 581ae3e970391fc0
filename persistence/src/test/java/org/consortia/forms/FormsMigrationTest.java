package org.consortia.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The risk management forms move onto forms filled in from templates without losing an answer, a
 * comment, who completed the insurance table, or any of their history.
 */
class FormsMigrationTest {

    private static final String URL = "jdbc:h2:mem:forms;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void theChecklistAndInsuranceAnswersAndTheirHistorySurvive() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("21").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            for (int rev = 1; rev <= 3; rev++) {
                statement.execute("insert into revinfo (rev, revtstmp, partnership_id) values (" + rev + ", 0, 7)");
            }
            statement.execute("insert into form_answer (id, partnership_id, form, question, response, comments, version)"
                    + " values (1, 7, 'MANAGING_RISK_AND_OPPORTUNITY', 1, 'YES', 'All partners listed.', 1),"
                    + " (2, 7, 'MANAGING_RISK_AND_OPPORTUNITY', 2, null, null, 0),"
                    + " (3, 7, 'INSURANCE_CONSIDERATIONS', 2, null, 'Vehicles insured by the council.', 0),"
                    + " (4, 8, 'MANAGING_RISK_AND_OPPORTUNITY', 5, 'PARTLY', 'Another workspace.', 0)");
            statement.execute("insert into form_answer_aud (id, rev, revtype, revend, partnership_id, form, question,"
                    + " response, comments) values"
                    + " (1, 2, 0, 3, 7, 'MANAGING_RISK_AND_OPPORTUNITY', 1, 'NO', 'Two missing.'),"
                    + " (2, 2, 0, null, 7, 'MANAGING_RISK_AND_OPPORTUNITY', 2, null, null),"
                    + " (1, 3, 1, null, 7, 'MANAGING_RISK_AND_OPPORTUNITY', 1, 'YES', 'All partners listed.'),"
                    + " (3, 1, 0, null, 7, 'INSURANCE_CONSIDERATIONS', 2, null, 'Vehicles insured by the council.')");
            statement.execute("insert into form_sign_off (id, partnership_id, form, completed_by, version)"
                    + " values (1, 7, 'INSURANCE_CONSIDERATIONS', 'Pat Chair', 0)");
            statement.execute("insert into form_sign_off_aud (id, rev, revtype, partnership_id, form, completed_by)"
                    + " values (1, 1, 0, 7, 'INSURANCE_CONSIDERATIONS', 'Pat Chair')");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            assertEquals(List.of("7|insurance|1|1|DRAFT", "7|risk-checklist|1|1|DRAFT", "8|risk-checklist|1|1|DRAFT"),
                    rows(statement, "select partnership_id, template_key, template_version, sequence_number, state"
                            + " from filled_form order by partnership_id, template_key"));
            assertEquals(List.of("7|insurance|1", "7|risk-checklist|2"), rows(statement, "select f.partnership_id,"
                    + " f.template_key, a.rev from filled_form_aud a join filled_form f on f.id = a.id"
                    + " order by f.partnership_id, f.template_key"), "each form begins with its first change");

            assertEquals(List.of("7|risk-checklist|1|yes|All partners listed.|null",
                            "7|risk-checklist|2|null|null|null",
                            "7|insurance|2|Vehicles insured by the council.|null|null",
                            "8|risk-checklist|5|partly|Another workspace.|null"),
                    rows(statement, "select a.partnership_id, f.template_key, a.question_key, a.answer, a.note,"
                            + " a.second_note from form_answer a join filled_form f on f.id = a.form_id"
                            + " and f.partnership_id = a.partnership_id order by a.id"));
            assertEquals(List.of("1|2|risk-checklist|1|no|Two missing.", "1|3|risk-checklist|1|yes|All partners listed.",
                            "2|2|risk-checklist|2|null|null", "3|1|insurance|2|Vehicles insured by the council.|null"),
                    rows(statement, "select a.id, a.rev, f.template_key, a.question_key, a.answer, a.note"
                            + " from form_answer_aud a join filled_form f on f.id = a.form_id order by a.id, a.rev"));
            assertEquals(List.of("insurance|Pat Chair"), rows(statement, "select f.template_key, s.completed_by"
                    + " from form_sign_off s join filled_form f on f.id = s.form_id"));
            assertEquals(List.of("insurance|Pat Chair"), rows(statement, "select f.template_key, s.completed_by"
                    + " from form_sign_off_aud s join filled_form f on f.id = s.form_id"));
        }
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery(query)) {
            ResultSetMetaData columns = row.getMetaData();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(String.valueOf(row.getString(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
