package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.consortia.access.Action;

/** How the server stands, for administrators only. */
@Stateless
public class ServerStatus {

    @Inject
    CallerLookup callers;

    /** The server's heap as it is now; administrators only. */
    public MemoryUsage heap() {
        callers.require(Action.MANAGE_ACCOUNTS);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }
}
