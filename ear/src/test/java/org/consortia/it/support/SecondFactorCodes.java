package org.consortia.it.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.consortia.demo.DemoData;
import org.consortia.identity.Totp;

/**
 * The authenticator app of the test and demo accounts that must sign in with a second factor: the
 * next code of their key that has not signed in yet. The portal takes each half-minute's code once,
 * and one either side of now; a code of this half-minute or the next is still taken if the minute
 * turns while it is typed (the one before might not be), so a third sign-in within the same
 * half-minute waits for the next.
 */
public final class SecondFactorCodes {

    /** The key those accounts are given, the demo data's (see {@link Fixtures#account}). */
    public static final String KEY = DemoData.SECOND_FACTOR_KEY;

    private static final long STEP_SECONDS = 30;
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private SecondFactorCodes() {
    }

    /** A code for the account that it has not used yet, waiting for the next half-minute if need be. */
    public static String next(String email) {
        long now = Instant.now().getEpochSecond() / STEP_SECONDS;
        long step = Math.max(now, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            sleepUntil((step - 1) * STEP_SECONDS);
        }
        LAST_STEP.put(email, step);
        return Totp.AUTHENTICATOR_APPS.code(KEY, Instant.ofEpochSecond(step * STEP_SECONDS));
    }

    private static void sleepUntil(long epochSecond) {
        try {
            Thread.sleep(Math.max(0, epochSecond * 1000 - System.currentTimeMillis()) + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
