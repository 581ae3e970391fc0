package org.consortia.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Locale;
import java.util.Map;

/**
 * The only way to run a bulk UPDATE or DELETE on workspace rows. Hibernate 6.6 does not add the
 * tenant to bulk statements, so this adds it: the caller gives the statement without a WHERE
 * clause and the condition separately, and the statement that runs is
 * {@code <statement> where (<condition>) and <alias>.partnershipId = :workspace}, bound to the
 * current workspace. Bulk statements bypass the history, so they are for rows that are not audited.
 */
public final class WorkspaceStatements {

    private WorkspaceStatements() {
    }

    /**
     * Runs the statement in the current workspace and returns the number of rows it changed.
     *
     * @param statement an UPDATE or DELETE naming one entity with an alias, and no WHERE clause
     * @param alias the alias of that entity in the statement
     * @param condition the rows to change, within the current workspace
     */
    public static int execute(EntityManager entityManager, String statement, String alias, String condition,
            Map<String, ?> parameters) {
        if (statement.toLowerCase(Locale.ROOT).contains(" where ")) {
            throw new IllegalArgumentException("Give the condition separately, not in the statement: " + statement);
        }
        if (!alias.matches("[A-Za-z_]\\w*")) {
            throw new IllegalArgumentException("Not an alias: " + alias);
        }
        long workspace = CurrentWorkspace.tenant();
        if (workspace <= 0) {
            throw new IllegalStateException("Bulk statements on workspace rows need a current workspace.");
        }
        Query query = entityManager.createQuery(statement + " where (" + condition + ") and " + alias
                + ".partnershipId = :workspace").setParameter("workspace", workspace);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }
}
