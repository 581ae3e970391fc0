package org.consortia.annualreport;

import java.io.Serializable;
import java.time.Instant;

/** One year's annual report in the list of them: whether it is issued, and when. */
public record AnnualReportSummary(int startsIn, Instant issuedAt, boolean strategyAgreed, boolean deputyAgreed)
        implements Serializable {

    public String yearLabel() {
        return AnnualReport.yearLabel(startsIn);
    }

    public boolean issued() {
        return issuedAt != null;
    }
}
