package org.consortia.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.DateRange;
import org.consortia.validation.EndNotBeforeStart;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.consortia.validation.PlausibleDate;

/**
 * A person sitting on the partnership for a member organisation, in one workspace role, for a term
 * of office. A representative whose term has ended keeps the row as history but has no access.
 */
@Entity
@Table(name = "representative")
@Audited
@EndNotBeforeStart
@NamedQuery(name = "Representative.findAll",
        query = "select r from Representative r join fetch r.account a join fetch a.organisation"
                + " join fetch r.membership m join fetch m.organisation left join fetch r.appointedBy"
                + " order by lower(a.name), r.role, r.id")
@NamedQuery(name = "Representative.rolesOfAccountOn",
        query = "select r.role from Representative r where r.account.id = :accountId and " + Representative.IN_OFFICE_ON_DAY)
public class Representative extends WorkspaceEntity implements DateRange {

    /**
     * The condition, on a representative {@code r} and a date parameter {@code :day}, that the term
     * covers the day, was not ended early, the organisation is still a member, and the person still
     * works for it: someone who moves to another organisation no longer speaks for the old one.
     */
    public static final String IN_OFFICE_ON_DAY = "r.termStart <= :day and (r.termEnd is null or r.termEnd >= :day)"
            + " and r.endedAt is null and r.membership.leftOn is null"
            + " and r.account.organisation = r.membership.organisation";

    @NotNull(message = "{representative.membership.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id", nullable = false)
    private Membership membership;

    @NotNull(message = "{representative.account.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull(message = "{representative.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private WorkspaceRole role;

    @PlausibleDate
    @NotNull(message = "{representative.termStart.required}")
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @PlausibleDate
    @Column(name = "term_end")
    private LocalDate termEnd;

    /** When the term was ended early; the rights end at that moment, not after the last day. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointed_by")
    private Account appointedBy;

    /** The capacity in which the appointment was made, such as "Chair" or "Head of Strategy & Partnerships". */
    @Column(name = "appointed_as", length = 60)
    private String appointedAs;

    @Column(name = "appointed_at")
    private Instant appointedAt;

    protected Representative() {
    }

    public Representative(Membership membership, Account account, WorkspaceRole role, LocalDate termStart,
            LocalDate termEnd) {
        this.membership = membership;
        this.account = account;
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /**
     * Whether the term of office covers the day, was not ended early, the organisation is still a
     * member and the person still works for it.
     */
    public boolean isInOfficeOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day)) && endedAt == null
                && membership.isCurrent() && account.getOrganisation().equals(membership.getOrganisation());
    }

    /**
     * Whether the person held office on a day that may be past, by the dates alone: the term covered
     * it, it had not been ended early by then, and the organisation was a member that day. Where they
     * work now is known only for today, so for a day before today it is not asked.
     */
    public boolean heldOfficeOn(LocalDate day, LocalDate today, ZoneId zone) {
        boolean endedBefore = endedAt != null && !LocalDate.ofInstant(endedAt, zone).isAfter(day);
        boolean memberThen = !membership.getJoinedOn().isAfter(day)
                && (membership.getLeftOn() == null || membership.getLeftOn().isAfter(day));
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day)) && !endedBefore && memberThen
                && (day.isBefore(today) || account.getOrganisation().equals(membership.getOrganisation()));
    }

    /** Ends the term on a day; a day that has begun ends the rights at once. */
    public void endTerm(LocalDate on, Instant now, ZoneId zone) {
        termEnd = on.isBefore(termStart) ? termStart : on;
        if (!on.isAfter(LocalDate.ofInstant(now, zone))) {
            endedAt = now;
        }
    }

    /** Records who made the appointment, in which capacity and when. */
    public void appointedBy(Account appointer, String capacity, Instant at) {
        appointedBy = appointer;
        appointedAs = capacity;
        appointedAt = at;
    }

    /** Restates the role and term; a term ended early runs again by the new dates. */
    public void changeTerm(WorkspaceRole newRole, LocalDate start, LocalDate end) {
        role = newRole;
        termStart = start;
        termEnd = end;
        endedAt = null;
    }

    @Override
    public LocalDate rangeStart() {
        return termStart;
    }

    @Override
    public LocalDate rangeEnd() {
        return termEnd;
    }

    @Override
    public String rangeEndProperty() {
        return "termEnd";
    }

    public Membership getMembership() {
        return membership;
    }

    public Account getAccount() {
        return account;
    }

    public WorkspaceRole getRole() {
        return role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Account getAppointedBy() {
        return appointedBy;
    }

    public String getAppointedAs() {
        return appointedAs;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }
}
