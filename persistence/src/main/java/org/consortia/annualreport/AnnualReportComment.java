package org.consortia.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.consortia.identity.Account;
import org.consortia.validation.PlainText;

/** A comment on an issued annual report by the Corporate Management Team, the Executive or Overview & Scrutiny; kept as written. */
@Entity
@Table(name = "annual_report_comment")
public class AnnualReportComment implements Serializable {

    public static final int LIMIT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private AnnualReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    /** The capacity the author comments in, as the role is called. */
    @Column(name = "author_capacity", nullable = false, length = 100, updatable = false)
    private String capacity;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @NotBlank(message = "{annualReport.comment.required}")
    @Size(max = LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = LIMIT, updatable = false)
    private String comments;

    protected AnnualReportComment() {
    }

    public AnnualReportComment(AnnualReport report, Account author, String capacity, Instant writtenAt,
            String comments) {
        this.report = report;
        this.author = author;
        this.capacity = capacity;
        this.writtenAt = writtenAt;
        this.comments = comments;
    }

    public Long getId() {
        return id;
    }

    public Account getAuthor() {
        return author;
    }

    public String getCapacity() {
        return capacity;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getComments() {
        return comments;
    }
}
