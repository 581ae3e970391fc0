package org.consortia.annualreport;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An annual report as the caller may see it: its text, who has agreed it, the figures the portal
 * assembled for it, the comments made once it was issued, and what the caller may do now.
 *
 * @param agreeingAs the capacity in which the caller would agree it now; null where they may not
 */
public record AnnualReportRead(int startsIn, String yearLabel, String analysis, String recommendations, long version,
        String strategyAgreedBy, String deputyAgreedBy, Instant issuedAt, AnnualReportFigures figures,
        List<Comment> comments, boolean mayEdit, String agreeingAs, boolean mayComment) implements Serializable {

    /** A comment on the issued report: who made it, in what capacity, when, and what it says. */
    public record Comment(String author, String capacity, Instant writtenAt, String comments) implements Serializable {
    }

    public boolean issued() {
        return issuedAt != null;
    }
}
