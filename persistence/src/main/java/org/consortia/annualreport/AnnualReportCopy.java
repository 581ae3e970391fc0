package org.consortia.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An annual report as it was issued, as its PDF: what the Corporate Management Team and the Executive received. */
@Entity
@Table(name = "annual_report_copy")
public class AnnualReportCopy {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected AnnualReportCopy() {
    }

    public AnnualReportCopy(long reportId, byte[] bytes) {
        this.reportId = reportId;
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
