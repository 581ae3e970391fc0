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
import java.util.Optional;
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
        query = "select m from Membership m join fetch m.organisation o"
                + " left join fetch m.signatory s left join fetch s.account sa left join fetch sa.organisation"
                + " left join fetch m.deputySignatory d left join fetch d.account da left join fetch da.organisation"
                + " order by m.leftOn nulls first, lower(o.name), m.id")
@NamedQuery(name = "Membership.findCurrentOfOrganisation",
        query = "select m from Membership m where m.organisation.id = :organisationId and m.leftOn is null")
@NamedQuery(name = "Membership.currentWithSignatories",
        query = Membership.CURRENT_WITH_SIGNATORIES + " order by lower(o.name)")
@NamedQuery(name = "Membership.currentOfOrganisationWithSignatories",
        query = Membership.CURRENT_WITH_SIGNATORIES + " and o.id = :organisationId")
public class Membership extends WorkspaceEntity implements DateRange {

    /**
     * Current memberships with their organisation, signatory and deputy and what deciding whether
     * those are in office needs, fetched at once.
     */
    static final String CURRENT_WITH_SIGNATORIES = "select m from Membership m join fetch m.organisation o"
            + " left join fetch m.signatory s left join fetch s.account sa left join fetch sa.organisation"
            + " left join fetch m.deputySignatory d left join fetch d.account da left join fetch da.organisation"
            + " where m.leftOn is null";

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

    /** The representative who signs for the organisation, whatever their role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signatory_id")
    private Representative signatory;

    /** Who signs when the signatory cannot; optional. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_signatory_id")
    private Representative deputySignatory;

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

    /** Names who signs for the organisation, and their deputy (null for none). */
    public void nameSignatories(Representative newSignatory, Representative newDeputy) {
        signatory = newSignatory;
        deputySignatory = newDeputy;
    }

    /**
     * The capacity in which the person may sign for the organisation on the day, such as "Chair,
     * signatory": empty unless they are its signatory or deputy and that appointment is in office,
     * so the right ends the moment the term does.
     */
    public Optional<String> signingCapacityOf(long accountId, LocalDate day) {
        if (signedBy(signatory, accountId, day)) {
            return Optional.of(signatory.getRole().label() + ", signatory");
        }
        if (signedBy(deputySignatory, accountId, day)) {
            return Optional.of(deputySignatory.getRole().label() + ", deputy signatory");
        }
        return Optional.empty();
    }

    private static boolean signedBy(Representative named, long accountId, LocalDate day) {
        // An observer only watches: someone named and later made an observer no longer signs.
        return named != null && named.getRole() != WorkspaceRole.OBSERVER && named.getAccount().getId() == accountId
                && named.isInOfficeOn(day);
    }

    /** The signatory, if one is named and in office on the day. */
    public Optional<Representative> signatoryOn(LocalDate day) {
        return Optional.ofNullable(signatory).filter(named -> named.isInOfficeOn(day));
    }

    /** The deputy signatory, if one is named and in office on the day. */
    public Optional<Representative> deputySignatoryOn(LocalDate day) {
        return Optional.ofNullable(deputySignatory).filter(named -> named.isInOfficeOn(day));
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

    public Representative getSignatory() {
        return signatory;
    }

    public Representative getDeputySignatory() {
        return deputySignatory;
    }
}
