package org.consortia.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.MemoryUsage;
import org.consortia.identity.ServerStatus;
import org.consortia.web.security.SessionFootprint;
import org.consortia.web.security.SignedInSessions;

/**
 * The administrators' view of the server's load: how many people are signed in, what their sessions
 * weigh, and how much memory the server holds.
 */
@Named
@RequestScoped
public class ServerView {

    private static final long MEBIBYTE = 1024 * 1024;

    @Inject
    ServerStatus server;

    @Inject
    SignedInSessions sessions;

    private SessionFootprint footprint;
    private MemoryUsage heap;

    @PostConstruct
    void init() {
        // The service refuses anyone but an administrator before the sessions are weighed.
        heap = server.heap();
        footprint = sessions.footprint();
    }

    public SessionFootprint getFootprint() {
        return footprint;
    }

    /** Session attributes that would be lost in writing the sessions out, or "None". */
    public String getUnserialisable() {
        return footprint.unserialisable().isEmpty() ? "None" : String.join(", ", footprint.unserialisable());
    }

    public long getHeapUsedMiB() {
        return heap.getUsed() / MEBIBYTE;
    }

    public long getHeapCommittedMiB() {
        return heap.getCommitted() / MEBIBYTE;
    }

    public long getHeapMaxMiB() {
        return heap.getMax() / MEBIBYTE;
    }
}
