package org.consortia.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * Base of every row that belongs to one workspace. Hibernate fills {@code partnershipId} from the
 * current tenant on insert and adds it to every query, so no query can reach another workspace.
 */
@MappedSuperclass
@Audited
public abstract class WorkspaceEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WorkspaceEntity that) || id == null) {
            return false;
        }
        // getId(), not the field: the other may be a lazy proxy whose fields are empty.
        return id.equals(that.getId()) && org.hibernate.Hibernate.getClass(this) == org.hibernate.Hibernate.getClass(that);
    }

    @Override
    public int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
