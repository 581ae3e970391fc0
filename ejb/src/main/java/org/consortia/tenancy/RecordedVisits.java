package org.consortia.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * The oversight visits already recorded while serving the current request: a page calls several
 * services, and one row per purpose is enough to say who looked at which workspace and why.
 */
@RequestScoped
public class RecordedVisits {

    private final Set<String> recorded = new HashSet<>();

    /** True the first time this account enters this workspace for this purpose in the request. */
    public boolean firstTime(long accountId, long partnershipId, String purpose) {
        return recorded.add(accountId + "/" + partnershipId + "/" + purpose);
    }
}
