package org.consortia.progressreport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.chain.CallsInPartnership;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;

/**
 * A partnership's progress reports, for the council's people: found by the partnership record, read
 * and changed under that partnership's own tenant, and refused as "not found" to anyone else (a
 * partner in the workspace never learns that a report exists).
 */
@Stateless
public class ProgressReportService {

    /** The template of a progress report (Appendix 3). */
    public static final String REPORT = ProgressReportRecords.REPORT;

    @Inject
    CallsInPartnership calls;

    @Inject
    ProgressReportRecords records;

    /** The partnership's newest progress report, or the one with this number when it is not null. */
    public ProgressReport open(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.read(caller, partnershipId, number));
    }

    /** Starts the next report for its period, once the one in hand has been received. */
    public ProgressReport start(long partnershipId) {
        return calls.call(partnershipId, caller -> records.start(caller, partnershipId));
    }

    public FormContents save(long partnershipId, List<AnswerEdit> edits) {
        return calls.call(partnershipId, caller -> records.save(caller, partnershipId, edits));
    }

    /** The writer sends the report to the accountable Head of Service. */
    public ProgressReport submit(long partnershipId, String comments) {
        return calls.call(partnershipId, caller -> records.submit(caller, partnershipId, comments));
    }

    public ProgressReport decide(long partnershipId, int number, ProgressReportStep expected, StepOutcome outcome,
            String comments) {
        return calls.call(partnershipId,
                caller -> records.decide(caller, partnershipId, number, expected, outcome, comments));
    }

    /** Every saved change to the answers of a report (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.history(caller, partnershipId, number));
    }

    /** The report as answered (the newest, or the one numbered), laid out as the framework prints it, with its steps. */
    public byte[] exportPdf(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.exportPdf(caller, partnershipId, number));
    }
}
