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

/** A representative's signature of one version of the code of conduct. */
@Entity
@Table(name = "conduct_signature")
@Audited
public class ConductSignature extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "code_id", nullable = false)
    private ConductCode code;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account signatory;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected ConductSignature() {
    }

    public ConductSignature(ConductCode code, Account signatory, Instant signedAt) {
        this.code = code;
        this.signatory = signatory;
        this.signedAt = signedAt;
    }

    public ConductCode getCode() {
        return code;
    }

    public Account getSignatory() {
        return signatory;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
