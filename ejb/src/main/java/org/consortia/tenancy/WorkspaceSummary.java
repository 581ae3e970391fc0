package org.consortia.tenancy;

import java.io.Serializable;

/** A workspace as the switcher lists it. */
public record WorkspaceSummary(long partnershipId, String slug, String name) implements Serializable {
}
