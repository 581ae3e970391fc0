package org.consortia.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * How a council form's service hands a call to its records: it identifies the caller first, then
 * runs the work under the partnership's own tenant, in the transaction the records open for it.
 */
@ApplicationScoped
public class CallsInPartnership {

    @Inject
    CallerLookup callers;

    public <T> T call(long partnershipId, Function<Caller, T> work) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> work.apply(caller));
    }
}
