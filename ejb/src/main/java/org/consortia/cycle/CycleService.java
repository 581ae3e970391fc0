package org.consortia.cycle;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Where a partnership stands in the cycle, for the council's people who read the partnership
 * database; its business cases appear only to those they are open to.
 */
@Stateless
public class CycleService {

    @Inject
    CallerLookup callers;

    @Inject
    CycleRecords records;

    /** Where the partnership stands, its record as the partnership database has just read it. */
    public PartnershipCycle of(Partnership partnership) {
        Caller caller = callers.require(Action.VIEW_PARTNERSHIP_DATABASE);
        return CurrentWorkspace.callIn(partnership.getId(), () -> records.read(caller, partnership));
    }
}
