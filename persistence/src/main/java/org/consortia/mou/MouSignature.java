package org.consortia.mou;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A member organisation's sign-off of one exact version of the Memorandum: the content version, the
 * SHA-256 of the text signed, who signed for which organisation and when. A later edit voids it.
 */
@Entity
@Table(name = "mou_signature")
@Audited
public class MouSignature extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mou_id", nullable = false)
    private Mou mou;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account signatory;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    /** The capacity in which it was signed, such as "Chair, signatory"; empty on signatures made before it was kept. */
    @Column(name = "signed_as", length = 80)
    private String signedAs;

    protected MouSignature() {
    }

    public MouSignature(Mou mou, Organisation organisation, Account signatory, String signedAs, int contentVersion,
            String contentHash, Instant signedAt) {
        this.mou = mou;
        this.signedAs = signedAs;
        this.organisation = organisation;
        this.signatory = signatory;
        this.contentVersion = contentVersion;
        this.contentHash = contentHash;
        this.signedAt = signedAt;
    }

    public String getSignedAs() {
        return signedAs;
    }

    /** The organisations that made the signatures, in alphabetical order. */
    public static List<String> organisationNames(List<MouSignature> signatures) {
        return signatures.stream().map(signature -> signature.getOrganisation().getName()).sorted().toList();
    }

    public boolean isValid() {
        return voidedAt == null;
    }

    public void voidAt(Instant when) {
        voidedAt = when;
    }

    public Mou getMou() {
        return mou;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Account getSignatory() {
        return signatory;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }
}
