package org.consortia.mou;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;
import org.consortia.validation.PlausibleDate;

/**
 * The workspace's Memorandum of Understanding: its state, the number of its current content version
 * (raised by every section edit) and its review date. The text lives in its sections.
 */
@Entity
@Table(name = "mou")
@Audited
public class Mou extends WorkspaceEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MouState state = MouState.DRAFT;

    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

    @PlausibleDate
    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    public MouState getState() {
        return state;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    /** A section changed: this is a new version, which nobody has signed yet. */
    public void contentChanged() {
        contentVersion++;
    }

    public boolean isEditable() {
        return state != MouState.AGREED;
    }

    public void putForAgreement() {
        state = MouState.FOR_AGREEMENT;
        agreedAt = null;
    }

    public void agree(Instant when) {
        state = MouState.AGREED;
        agreedAt = when;
    }

    public void startReview() {
        state = MouState.UNDER_REVIEW;
    }
}
