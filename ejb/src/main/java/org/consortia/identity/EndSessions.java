package org.consortia.identity;

/**
 * Fired when an account's open sessions must end: it was disabled, or its password was changed.
 * A person changing their own password keeps the session they did it in.
 */
public record EndSessions(long accountId, boolean exceptCurrent) {
}
