package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.annotations.Immutable;

/**
 * A document uploaded for a question of a form (the equality impact assessment of a business case):
 * its name as uploaded, the type its content shows, its size and SHA-256, who added it and when.
 * Never changed: attaching another document adds another, and the answer names the one it attaches.
 */
@Entity
@Immutable
@Table(name = "form_document")
public class FormDocument extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FilledForm form;

    @Column(nullable = false, length = 60, updatable = false)
    private String question;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "content_id", nullable = false, updatable = false)
    private long contentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by_account_id", nullable = false, updatable = false)
    private Account addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected FormDocument() {
    }

    public FormDocument(FilledForm form, String question, String fileName, String mediaType, FormDocumentContent content,
            String sha256, Account addedBy, Instant addedAt) {
        this.form = form;
        this.question = question;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.getBytes().length;
        this.contentId = content.getId();
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public FilledForm getForm() {
        return form;
    }

    public String getQuestion() {
        return question;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public long getContentId() {
        return contentId;
    }

    public Account getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
