package org.consortia.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only way to run a bulk UPDATE or DELETE on workspace rows. Hibernate 6.6 does not add the
 * tenant to bulk statements, so each must name {@code partnershipId = :workspace} itself; this binds
 * that parameter to the current workspace and refuses a statement without it. Bulk statements
 * bypass the history, so they are for rows that are not audited.
 */
public final class WorkspaceStatements {

    private static final Pattern WORKSPACE_CONDITION =
            Pattern.compile("\\bwhere\\b.*\\b\\w+\\.partnershipId\\s*=\\s*:workspace\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private WorkspaceStatements() {
    }

    /** Runs the statement in the current workspace and returns the number of rows it changed. */
    public static int execute(EntityManager entityManager, String jpql, Map<String, ?> parameters) {
        if (!WORKSPACE_CONDITION.matcher(jpql).find() || jpql.toLowerCase().contains(" or ")) {
            throw new IllegalArgumentException(
                    "A bulk statement on workspace rows must restrict to partnershipId = :workspace: " + jpql);
        }
        long workspace = CurrentWorkspace.tenant();
        if (workspace <= 0) {
            throw new IllegalStateException("Bulk statements on workspace rows need a current workspace.");
        }
        Query query = entityManager.createQuery(jpql).setParameter("workspace", workspace);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }
}
