package org.consortia.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * A password check costs a core for a tenth of a second or more. At most one check per core runs
 * at once; a check beyond that is refused at once rather than queued, so a burst of guesses cannot
 * starve everyone else's pages.
 */
@ApplicationScoped
public class PasswordCheckSlots {

    private final Semaphore slots = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    /** Takes a slot if one is free now; whoever gets one must {@link #release()} it. */
    public boolean tryAcquire() {
        return slots.tryAcquire();
    }

    public void release() {
        slots.release();
    }
}
