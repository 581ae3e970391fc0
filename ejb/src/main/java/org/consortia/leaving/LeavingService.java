package org.consortia.leaving;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.chain.CallsInPartnership;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.history.HistoryEntry;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;

/**
 * Leaving a partnership, for the council's people: found by the partnership record, read and changed
 * under that partnership's own tenant, and "not found" to anyone else.
 */
@Stateless
public class LeavingService {

    /** The template of the exit report (Appendix 5). */
    public static final String REPORT = LeavingRecords.REPORT;

    @Inject
    CallsInPartnership calls;

    @Inject
    LeavingRecords records;

    public Leaving open(long partnershipId) {
        return calls.call(partnershipId, caller -> records.read(caller, partnershipId));
    }

    /** Records the Executive's (or full Council's) decision that the Council's involvement ends. */
    public Leaving recordDecision(long partnershipId, LocalDate decidedOn, DecidingBody by, ExitReason reason,
            LocalDate endsOn) {
        return calls.call(partnershipId,
                caller -> records.recordDecision(caller, partnershipId, decidedOn, by, reason, endsOn));
    }

    public Leaving start(long partnershipId) {
        return calls.call(partnershipId, caller -> records.start(caller, partnershipId));
    }

    public FormContents save(long partnershipId, List<AnswerEdit> edits) {
        return calls.call(partnershipId, caller -> records.save(caller, partnershipId, edits));
    }

    public Leaving submit(long partnershipId, String comments) {
        return calls.call(partnershipId, caller -> records.submit(caller, partnershipId, comments));
    }

    public Leaving comment(long partnershipId, String comments) {
        return calls.call(partnershipId, caller -> records.comment(caller, partnershipId, comments));
    }

    public List<HistoryEntry> history(long partnershipId) {
        return calls.call(partnershipId, caller -> records.history(caller, partnershipId));
    }

    public byte[] exportPdf(long partnershipId) {
        return calls.call(partnershipId, caller -> records.exportPdf(caller, partnershipId));
    }
}
