package org.consortia.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in halfway: the password was right and the account's second factor is asked for next, in
 * the same session, within five minutes; after that the password must be given again.
 */
public record PendingSignIn(long accountId, Instant passwordAt) implements Serializable {

    private static final String ATTRIBUTE = "consortia.pendingSignIn";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    public static void start(HttpSession session, long accountId) {
        session.setAttribute(ATTRIBUTE, new PendingSignIn(accountId, Instant.now()));
    }

    /** The sign-in waiting for its code in this session, if it has not run out. */
    public static Optional<PendingSignIn> of(HttpSession session) {
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending
                && Instant.now().isBefore(pending.passwordAt().plus(LIFETIME))) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    public static void end(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
