package org.consortia.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which partnership a new session belongs to. Hibernate creates this class itself
 * (it is not a CDI bean), so it reads the thread's {@link CurrentWorkspace}.
 */
public class WorkspaceTenantResolver implements CurrentTenantIdentifierResolver<Long> {

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return CurrentWorkspace.tenant();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return tenantId != null && tenantId == CurrentWorkspace.ALL_WORKSPACES;
    }
}
