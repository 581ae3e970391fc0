package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * A paper of an agenda item, as its latest version stands: the file's name as uploaded, the type
 * read from its content, its size and SHA-256, and which stored content it is. Replacing the file
 * points the paper at new content; the history keeps every earlier version and its content.
 */
@Entity
@Table(name = "meeting_paper")
@Audited
public class MeetingPaper extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MeetingPaper() {
    }

    public MeetingPaper(AgendaItem item) {
        this.item = item;
    }

    /** Makes the paper the given file, added now. */
    public void holdFile(String fileName, String mediaType, PaperContent content, String sha256, Instant addedAt) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.getBytes().length;
        this.sha256 = sha256;
        this.contentId = content.getId();
        this.addedAt = addedAt;
    }

    public AgendaItem getItem() {
        return item;
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

    public Instant getAddedAt() {
        return addedAt;
    }
}
