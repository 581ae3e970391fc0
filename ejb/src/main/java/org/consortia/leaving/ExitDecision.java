package org.consortia.leaving;

import java.io.Serializable;
import java.time.LocalDate;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;

/** The decision that the Council's involvement in a partnership ends: when, by whom, why, and the day it ends. */
public record ExitDecision(LocalDate decidedOn, DecidingBody decidedBy, ExitReason reason, LocalDate endsOn)
        implements Serializable {
}
