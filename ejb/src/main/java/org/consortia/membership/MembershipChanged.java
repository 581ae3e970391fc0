package org.consortia.membership;

/** Fired inside the transaction when an organisation joins or leaves the current workspace. */
public record MembershipChanged(long organisationId, boolean joined) {
}
