package org.consortia.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace (partnership) that the current thread works in. Hibernate reads it when a session
 * opens, so it must be set before the first database access of a transaction; the web layer sets
 * it per request from the URL and clears it afterwards.
 */
public final class CurrentWorkspace {

    /** The tenant of sessions opened outside any workspace: no partnership has this id. */
    public static final long NONE = 0L;

    /** The tenant that sees every workspace; only the audited oversight path may use it. */
    public static final long ALL_WORKSPACES = -1L;

    private static final ThreadLocal<Long> WORKSPACE = new ThreadLocal<>();

    private CurrentWorkspace() {
    }

    public static Optional<Long> id() {
        return Optional.ofNullable(WORKSPACE.get());
    }

    public static long tenant() {
        Long id = WORKSPACE.get();
        return id == null ? NONE : id;
    }

    public static void enter(long partnershipId) {
        WORKSPACE.set(partnershipId);
    }

    public static void leave() {
        WORKSPACE.remove();
    }

    /** Runs work inside a workspace and restores whatever was current before. */
    public static <T> T callIn(long partnershipId, Supplier<T> work) {
        Long previous = WORKSPACE.get();
        WORKSPACE.set(partnershipId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                WORKSPACE.remove();
            } else {
                WORKSPACE.set(previous);
            }
        }
    }

    public static void runIn(long partnershipId, Runnable work) {
        callIn(partnershipId, () -> {
            work.run();
            return null;
        });
    }
}
