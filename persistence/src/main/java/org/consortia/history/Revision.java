package org.consortia.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set: who made it (account and organisation), when, and in which workspace.
 * Revision numbers are global across workspaces, so history is always read through the workspace.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class Revision implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "account_name", length = 200)
    private String accountName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "partnership_id")
    private Long partnershipId;

    public int getId() {
        return id;
    }

    public Instant getMadeAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    void recordAuthor(RevisionAuthor.Author author, Long workspace) {
        if (author != null) {
            accountId = author.accountId();
            accountName = author.name();
            organisationId = author.organisationId();
            organisationName = author.organisationName();
        }
        partnershipId = workspace;
    }
}
