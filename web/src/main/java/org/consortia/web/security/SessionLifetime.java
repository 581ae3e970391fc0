package org.consortia.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session may last, however active: twelve hours from sign-in, beside the
 * thirty minutes of inactivity after which the server ends it anyway.
 */
public final class SessionLifetime {

    public static final Duration ABSOLUTE = Duration.ofHours(12);

    private SessionLifetime() {
    }

    /** Whether a session signed in at that moment has outlived its absolute lifetime by now. */
    public static boolean expired(Instant signedInAt, Instant now) {
        return signedInAt != null && !now.isBefore(signedInAt.plus(ABSOLUTE));
    }
}
