package org.consortia.identity;

/** Fired when an account is disabled, so that its open sessions can be ended at once. */
public record AccountDisabled(String email) {
}
