package org.consortia.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An annual report as it was issued: its PDF, what the Corporate Management Team and the Executive
 * received, and the figures it reported, as JSON, for its page to show as they were.
 */
@Entity
@Table(name = "annual_report_copy")
public class AnnualReportCopy {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    @Column(nullable = false, updatable = false, length = 1000000)
    private String figures;

    protected AnnualReportCopy() {
    }

    public AnnualReportCopy(long reportId, byte[] bytes, String figures) {
        this.reportId = reportId;
        this.bytes = bytes.clone();
        this.figures = figures;
    }

    public String figures() {
        return figures;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
