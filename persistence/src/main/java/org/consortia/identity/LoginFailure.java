package org.consortia.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in attempt counted against one guard (an e-mail address, a client address or a known
 * device). It is recorded before the password is checked and removed again when the password was
 * right, so parallel guesses cannot slip past the count.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "throttle_key", nullable = false, length = 300)
    private String throttleKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String throttleKey, Instant failedAt) {
        this.throttleKey = throttleKey;
        this.failedAt = failedAt;
    }

    public Long getId() {
        return id;
    }
}
