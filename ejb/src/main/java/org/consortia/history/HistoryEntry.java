package org.consortia.history;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who made it, for which organisation, when, and what changed. */
public record HistoryEntry(int revision, Instant madeAt, String author, String organisation, String kind,
        List<FieldChange> changes) {
}
