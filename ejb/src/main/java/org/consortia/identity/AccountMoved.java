package org.consortia.identity;

/** Fired when a person's account is moved to another organisation, which they no longer speak for. */
public record AccountMoved(long accountId) {
}
