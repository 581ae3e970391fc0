package org.consortia.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.identity.Account;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Organisation;
import org.consortia.membership.WorkspaceRole;

/**
 * An invitation of one person, by e-mail address, to the portal for an organisation (with council-wide
 * roles, from an administrator) or to a workspace for one of its member organisations and a role (from
 * those who appoint there). Its link works for seven days, once; only the hash of its token is kept.
 * Resending gives it a new link, the old one ending; it can be withdrawn until it is accepted.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByTokenHash",
        query = "select i from Invitation i join fetch i.organisation join fetch i.invitedBy where i.tokenHash = :hash")
@NamedQuery(name = "Invitation.findOpenOfWorkspace",
        query = "select i from Invitation i join fetch i.invitedBy join fetch i.organisation where i.partnershipId = :partnership"
                + " and i.acceptedAt is null and i.withdrawnAt is null order by i.invitedAt desc")
public class Invitation {

    /** How long a link works after it was sent. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    /** What happened to an invitation, as its lists show. */
    public enum State {
        PENDING("Waiting for an answer"),
        EXPIRED("Expired"),
        ACCEPTED("Accepted"),
        WITHDRAWN("Withdrawn");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "council_roles", length = 400, updatable = false)
    private String councilRoles;

    @Column(name = "partnership_id", updatable = false)
    private Long partnershipId;

    @Column(name = "membership_id", updatable = false)
    private Long membershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "workspace_role", length = 40, updatable = false)
    private WorkspaceRole workspaceRole;

    @Column(name = "term_start", updatable = false)
    private LocalDate termStart;

    @Column(name = "term_end", updatable = false)
    private LocalDate termEnd;

    /** In which capacity the inviter appoints, as the appointment will record it. */
    @Column(name = "appointing_capacity", length = 200, updatable = false)
    private String appointingCapacity;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_id", nullable = false, updatable = false)
    private Account invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** How many times its e-mail has been sent, each with a link of its own. */
    @Column(nullable = false)
    private int sends;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Invitation() {
    }

    private Invitation(String email, String name, Organisation organisation, Account invitedBy, Instant now) {
        this.email = Account.normaliseEmail(email);
        this.name = name == null ? null : name.strip();
        this.organisation = organisation;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    /** To the portal, for an organisation, with council-wide roles (none for most people). */
    public static Invitation toPortal(String email, String name, Organisation organisation, Set<CouncilRole> roles,
            Account invitedBy, Instant now) {
        Invitation invitation = new Invitation(email, name, organisation, invitedBy, now);
        invitation.councilRoles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return invitation;
    }

    /** To a workspace, to represent one of its member organisations in a role for a term of office. */
    public static Invitation toWorkspace(String email, String name, Organisation organisation, long partnershipId,
            long membershipId, WorkspaceRole role, LocalDate termStart, LocalDate termEnd, String appointingCapacity,
            Account invitedBy, Instant now) {
        Invitation invitation = new Invitation(email, name, organisation, invitedBy, now);
        invitation.partnershipId = partnershipId;
        invitation.membershipId = membershipId;
        invitation.workspaceRole = role;
        invitation.termStart = termStart;
        invitation.termEnd = termEnd;
        invitation.appointingCapacity = appointingCapacity;
        return invitation;
    }

    /** Gives the invitation a new link, sent now, that works for {@link #LIFETIME}; any earlier link ends. */
    public void newLink(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.expiresAt = now.plus(LIFETIME);
        this.sends++;
    }

    public State stateAt(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    public void accepted(Account by, Instant now) {
        this.account = by;
        this.acceptedAt = now;
    }

    public void withdraw(Instant now) {
        this.withdrawnAt = now;
    }

    public boolean isToWorkspace() {
        return partnershipId != null;
    }

    public Set<CouncilRole> getCouncilRoles() {
        EnumSet<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
        if (councilRoles != null && !councilRoles.isEmpty()) {
            Arrays.stream(councilRoles.split(",")).map(CouncilRole::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public WorkspaceRole getWorkspaceRole() {
        return workspaceRole;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getAppointingCapacity() {
        return appointingCapacity;
    }

    public Account getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getSends() {
        return sends;
    }

    public long getVersion() {
        return version;
    }
}
