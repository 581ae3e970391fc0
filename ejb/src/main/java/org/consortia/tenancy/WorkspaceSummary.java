package org.consortia.tenancy;

/** A workspace as the switcher lists it. */
public record WorkspaceSummary(long partnershipId, String slug, String name) {
}
