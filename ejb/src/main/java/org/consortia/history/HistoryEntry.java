package org.consortia.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: who made it, for which organisation, when, and what changed. The
 * revision is the portal-wide number that addresses it; the version counts the record's own
 * revisions from 1, as people speak of them.
 */
public record HistoryEntry(int revision, int version, Instant madeAt, String author, String organisation, String kind,
        List<FieldChange> changes) implements Serializable {
}
