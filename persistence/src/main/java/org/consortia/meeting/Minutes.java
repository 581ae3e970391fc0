package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The minutes of a held meeting: where they are put to a later meeting for approval, the chair's
 * signature binding one exact text (its SHA-256), and the latest correction made after signing,
 * which voids the signature until the chair signs again. Each revision is kept by Envers, so every
 * signature and correction stays in the history.
 */
@Entity
@Table(name = "minutes")
@Audited
public class Minutes extends WorkspaceEntity {

    public static final int REASON_LIMIT = 2000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true, updatable = false)
    private Meeting meeting;

    /** The item of a later meeting's agenda at which these minutes are approved as a true record. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approval_item_id")
    private AgendaItem approvalItem;

    /** 1 until the first correction after signing; each correction starts the next. */
    @Column(nullable = false)
    private int revision = 1;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by_account_id")
    private Account signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_hash", length = 64)
    private String signedHash;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrected_by_account_id")
    private Account correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Size(max = REASON_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "correction_reason", length = REASON_LIMIT)
    private String correctionReason;

    protected Minutes() {
    }

    public Minutes(Meeting meeting) {
        this.meeting = meeting;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** The chair's signature of the text whose SHA-256 is given. */
    public void sign(Account chair, String hash, Instant now) {
        signedBy = chair;
        signedHash = hash;
        signedAt = now;
    }

    /** A correction after signing: a new revision, with its reason, that voids the signature. */
    public void correct(Account by, String reason, Instant now) {
        revision++;
        correctedBy = by;
        correctedAt = now;
        correctionReason = TypedText.tidy(reason);
        signedBy = null;
        signedAt = null;
        signedHash = null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getApprovalItem() {
        return approvalItem;
    }

    public void setApprovalItem(AgendaItem approvalItem) {
        this.approvalItem = approvalItem;
    }

    public int getRevision() {
        return revision;
    }

    public Account getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedHash() {
        return signedHash;
    }

    public Account getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }
}
