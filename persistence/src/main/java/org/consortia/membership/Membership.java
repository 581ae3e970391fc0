package org.consortia.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.consortia.identity.Organisation;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.DateRange;
import org.consortia.validation.EndNotBeforeStart;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.consortia.validation.PlausibleDate;

/** An organisation's membership of the partnership; leaving ends it, nothing is deleted. */
@Entity
@Table(name = "membership")
@Audited
@EndNotBeforeStart
@NamedQuery(name = "Membership.findAll",
        query = "select m from Membership m join fetch m.organisation o order by m.leftOn nulls first, lower(o.name)")
@NamedQuery(name = "Membership.findCurrentOfOrganisation",
        query = "select m from Membership m where m.organisation.id = :organisationId and m.leftOn is null")
public class Membership extends WorkspaceEntity implements DateRange {

    @NotNull(message = "{membership.organisation.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @PlausibleDate
    @NotNull(message = "{membership.joinedOn.required}")
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @PlausibleDate
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Membership() {
    }

    public Membership(Organisation organisation, LocalDate joinedOn) {
        this.organisation = organisation;
        this.joinedOn = joinedOn;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public void leave(LocalDate on) {
        leftOn = on;
    }

    @Override
    public LocalDate rangeStart() {
        return joinedOn;
    }

    @Override
    public LocalDate rangeEnd() {
        return leftOn;
    }

    @Override
    public String rangeEndProperty() {
        return "leftOn";
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
