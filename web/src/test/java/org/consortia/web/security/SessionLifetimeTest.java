package org.consortia.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aSessionLastsTwelveHoursFromSignInHoweverActive() {
        assertFalse(SessionLifetime.expired(SIGNED_IN, Instant.parse("2026-12-01T19:59:59Z")));
        assertTrue(SessionLifetime.expired(SIGNED_IN, Instant.parse("2026-12-01T20:00:00Z")));
        assertFalse(SessionLifetime.expired(null, Instant.parse("2026-12-02T08:00:00Z")), "not signed in");
    }
}
