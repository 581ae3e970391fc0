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
import java.time.LocalDate;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.DateRange;
import org.consortia.validation.EndNotBeforeStart;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A person sitting on the partnership for a member organisation, in one workspace role, for a term
 * of office. A representative whose term has ended keeps the row as history but has no access.
 */
@Entity
@Table(name = "representative")
@Audited
@EndNotBeforeStart
@NamedQuery(name = "Representative.findAll",
        query = "select r from Representative r join fetch r.account a join fetch r.membership m join fetch m.organisation"
                + " order by lower(a.name), r.role")
@NamedQuery(name = "Representative.rolesOfAccountOn",
        query = "select r.role from Representative r where r.account.id = :accountId and r.termStart <= :day"
                + " and (r.termEnd is null or r.termEnd >= :day) and r.membership.leftOn is null")
public class Representative extends WorkspaceEntity implements DateRange {

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

    @NotNull(message = "{representative.termStart.required}")
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

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

    /** Whether the term of office covers the day and the organisation is still a member. */
    public boolean isInOfficeOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day)) && membership.isCurrent();
    }

    public void endTerm(LocalDate on) {
        termEnd = on.isBefore(termStart) ? termStart : on;
    }

    public void changeTerm(WorkspaceRole newRole, LocalDate start, LocalDate end) {
        role = newRole;
        termStart = start;
        termEnd = end;
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
}
