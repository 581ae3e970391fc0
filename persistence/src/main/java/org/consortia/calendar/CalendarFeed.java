package org.consortia.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consortia.identity.Account;

/**
 * A person's private calendar feed: the SHA-256 of the long random token in its address, never the
 * token itself, so that the database alone cannot open anyone's feed. One per person; renewing it
 * replaces the token, revoking it removes the row.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Account account, String tokenHash, Instant createdAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void renew(String newTokenHash, Instant at) {
        tokenHash = newTokenHash;
        createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
