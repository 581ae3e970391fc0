package org.consortia.mou;

import java.io.Serializable;
import java.time.Instant;

/**
 * One saved version of a section: the portal-wide revision that addresses it, the section's own
 * version number from 1, who saved it, for which organisation, when, and the text.
 */
public record SectionRevision(int revision, int version, Instant savedAt, String author, String organisation, String content) implements Serializable {
}
