package org.consortia.identity;

/** What a password check needs of an account, read before the check so no connection is held during it. */
public record StoredCredentials(long accountId, String passwordHash, boolean active, boolean secondFactor) {

    public StoredCredentials(long accountId, String passwordHash, boolean accountEnabled, boolean organisationEnabled,
            String totpSecret) {
        this(accountId, passwordHash, accountEnabled && organisationEnabled, totpSecret != null);
    }
}
