package org.consortia.risk;

import java.io.Serializable;
import java.time.Instant;

/** An entry's scores before and after controls from one change onwards, and who made the change. */
public record ScorePoint(Instant madeAt, String author, String organisation, int inherentScore, int residualScore) implements Serializable {
}
