package org.consortia.leaving;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Leaving a partnership, for the council's people: found by the partnership record, read and changed
 * under that partnership's own tenant, and "not found" to anyone else.
 */
@Stateless
public class LeavingService {

    /** The template of the exit report (Appendix 5). */
    public static final String REPORT = LeavingRecords.REPORT;

    @Inject
    CallerLookup callers;

    @Inject
    LeavingRecords records;

    public Leaving open(long partnershipId) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.read(caller, partnershipId));
    }

    /** Records the Executive's (or full Council's) decision that the Council's involvement ends. */
    public Leaving recordDecision(long partnershipId, LocalDate decidedOn, DecidingBody by, ExitReason reason,
            LocalDate endsOn) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId,
                () -> records.recordDecision(caller, partnershipId, decidedOn, by, reason, endsOn));
    }

    public Leaving start(long partnershipId) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.start(caller, partnershipId));
    }

    public FormContents save(long partnershipId, List<AnswerEdit> edits) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.save(caller, partnershipId, edits));
    }

    public Leaving submit(long partnershipId, String comments) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.submit(caller, partnershipId, comments));
    }

    public Leaving comment(long partnershipId, String comments) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.comment(caller, partnershipId, comments));
    }

    public List<HistoryEntry> history(long partnershipId) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.history(caller, partnershipId));
    }

    public byte[] exportPdf(long partnershipId) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.exportPdf(caller, partnershipId));
    }
}
