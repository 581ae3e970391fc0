package org.consortia.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A council oversight role entering a workspace it is not a member of. Kept so that every use of
 * the cross-workspace path can be accounted for.
 */
@Entity
@Table(name = "oversight_visit")
public class OversightVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected OversightVisit() {
    }

    public OversightVisit(long accountId, Long partnershipId, String purpose, Instant visitedAt) {
        this.accountId = accountId;
        this.partnershipId = partnershipId;
        this.purpose = purpose;
        this.visitedAt = visitedAt;
    }
}
