package org.consortia.history;

import java.io.Serializable;
import java.time.Instant;

/** A record as it stood after one revision, with who made the revision and when. */
public record Snapshot<T>(int revision, Instant madeAt, String author, String organisation, T state) implements Serializable {
}
