package org.consortia.web.risk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import org.consortia.risk.EntryKind;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.RiskFilter;

/**
 * The register's filters as an address's query, so that a filtered list can be bookmarked and
 * shared and its downloads choose the same entries. The register page reads the same names as
 * view parameters.
 */
final class RegisterQuery {

    private RegisterQuery() {
    }

    /** "?kind=RISK&status=ASSESSED", or "" for no filter. */
    static String of(RiskFilter filter) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "kind", filter.kind());
        add(query, "category", filter.category() == null || filter.category().isBlank() ? null : filter.category().strip());
        add(query, "owner", filter.ownerOrganisationId());
        add(query, "status", filter.status());
        add(query, "from", filter.minimumResidualScore());
        add(query, "to", filter.maximumResidualScore());
        add(query, "overdue", filter.overdueReviewOnly() ? true : null);
        add(query, "likelihood", filter.likelihood());
        add(query, "impact", filter.impact());
        add(query, "inherent", filter.likelihood() != null && filter.inherentCell() ? true : null);
        return query.toString();
    }

    /** The filter a query asks for; a value that names nothing is refused with IllegalArgumentException. */
    static RiskFilter parse(Function<String, String> parameter) {
        return new RiskFilter(enumOf(EntryKind.class, parameter.apply("kind")), blankToNull(parameter.apply("category")),
                number(parameter.apply("owner")), enumOf(EntryStatus.class, parameter.apply("status")),
                score(parameter.apply("from")), score(parameter.apply("to")), "true".equals(parameter.apply("overdue")),
                enumOf(Likelihood.class, parameter.apply("likelihood")), enumOf(Impact.class, parameter.apply("impact")),
                "true".equals(parameter.apply("inherent")));
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Long number(String value) {
        return blankToNull(value) == null ? null : Long.valueOf(value.strip());
    }

    private static Integer score(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        int score = Integer.parseInt(value.strip());
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A score runs from 1 to 25");
        }
        return score;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return blankToNull(value) == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }
}
