package org.consortia.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A link that lets the holder of an account's mailbox set a new password: it works once, within an
 * hour of being asked for, and only its token's hash is stored.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.findByTokenHash",
        query = "select r from PasswordReset r join fetch r.account where r.tokenHash = :hash")
public class PasswordReset {

    /** How long a link works after it was asked for. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant requestedAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.requestedAt = requestedAt;
        this.expiresAt = requestedAt.plus(LIFETIME);
    }

    /** Whether the link still works at {@code now}: not used, not expired, its account enabled. */
    public boolean worksAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled() && account.getOrganisation().isEnabled();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
