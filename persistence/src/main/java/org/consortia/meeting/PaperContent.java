package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.annotations.Immutable;

/**
 * The bytes of one version of a paper, written once and never changed, kept apart from the paper so
 * that listing papers never reads their content. Not audited itself: each version of the paper in
 * the history names the content it had.
 */
@Entity
@Immutable
@Table(name = "paper_content")
public class PaperContent extends WorkspaceEntity {

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected PaperContent() {
    }

    public PaperContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes;
    }
}
