package org.consortia.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One published version of the workspace's code of conduct. Versions are never changed: the chair
 * publishes a new one, and everyone is asked to sign again.
 */
@Entity
@Table(name = "conduct_code")
@Audited
public class ConductCode extends WorkspaceEntity {

    public static final int MAX_LENGTH = 100_000;

    @Column(name = "code_version", nullable = false)
    private int codeVersion;

    @Column(nullable = false, length = MAX_LENGTH)
    private String content;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ConductCode() {
    }

    public ConductCode(int codeVersion, String content, Account publishedBy, Instant publishedAt) {
        this.codeVersion = codeVersion;
        this.content = content;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public int getCodeVersion() {
        return codeVersion;
    }

    public String getContent() {
        return content;
    }

    public Account getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
