package org.consortia.identity;

/** The result of a login attempt; the page says the same for unknown and wrong credentials. */
public enum LoginOutcome {
    SIGNED_IN,
    INVALID_CREDENTIALS,
    LOCKED
}
