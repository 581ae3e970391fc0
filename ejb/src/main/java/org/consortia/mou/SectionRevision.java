package org.consortia.mou;

import java.time.Instant;

/** One saved version of a section: the revision, who saved it, for which organisation, when, and the text. */
public record SectionRevision(int revision, Instant savedAt, String author, String organisation, String content) {
}
