package org.consortia.businesscase;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.chain.CallsInPartnership;
import org.consortia.export.Download;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.partnership.Partnership;

/**
 * A partnership's business case, for the council's people: found by the partnership record, read
 * and changed under that partnership's own tenant, and refused as "not found" to anyone the chain
 * does not name (a partner in the workspace never learns that a case exists).
 */
@Stateless
public class BusinessCaseService {

    /** The template of the questions asked before a business case (Appendix A). */
    public static final String PRE_CHECK = BusinessCaseRecords.PRE_CHECK;
    /** The template of the business case (Appendix 2a). */
    public static final String CASE = BusinessCaseRecords.CASE;

    @Inject
    CallerLookup callers;

    @Inject
    CallsInPartnership calls;

    @Inject
    BusinessCaseRecords records;

    /**
     * Whether the caller may open the partnership's business case: the council's people who read
     * cases, and the partnership's officer representative. Partners in its workspace may not.
     */
    public boolean isOpenToCaller(Partnership partnership) {
        Caller caller = callers.current();
        Account officer = partnership.getOfficerRepresentative();
        return caller.may(Action.READ_CYCLE_FORMS) || officer != null && officer.getId() == caller.accountId();
    }

    /** The partnership's newest business case. */
    public BusinessCase open(long partnershipId) {
        return open(partnershipId, null);
    }

    /** The partnership's newest business case, or the one with this number when it is not null. */
    public BusinessCase open(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.read(caller, partnershipId, number));
    }

    /** Starts the next business case once the one in hand is decided: the yearly review, or a new case after a rejection. */
    public BusinessCase startNext(long partnershipId) {
        return calls.call(partnershipId, caller -> records.startNext(caller, partnershipId));
    }

    /** Saves answers to the questions before the case (Appendix A) or to the case itself (Appendix 2a). */
    public FormContents save(long partnershipId, String templateKey, List<AnswerEdit> edits) {
        return save(partnershipId, templateKey, edits, List.of());
    }

    /** As above, attaching the documents uploaded for questions whose answer is a document. */
    public FormContents save(long partnershipId, String templateKey, List<AnswerEdit> edits, List<DocumentUpload> uploads) {
        return calls.call(partnershipId, caller -> records.save(caller, partnershipId, templateKey, edits, uploads));
    }

    /** Every saved change to the answers of a business case (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.history(caller, partnershipId, number));
    }

    /** A document attached to one of the partnership's business cases, as it was uploaded. */
    public Download document(long partnershipId, long documentId) {
        return calls.call(partnershipId, caller -> records.document(caller, partnershipId, documentId));
    }

    public BusinessCase submit(long partnershipId, String comments) {
        return calls.call(partnershipId, caller -> records.submit(caller, partnershipId, comments));
    }

    /** The case as answered (the newest, or the one with this number), laid out as the framework prints it, with its steps. */
    public byte[] exportPdf(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.exportPdf(caller, partnershipId, number));
    }

    /** The report to the Executive via the Corporate Management Team of a review that found the case not demonstrated. */
    public byte[] exportReport(long partnershipId, int number) {
        return calls.call(partnershipId, caller -> records.exportReport(caller, partnershipId, number));
    }

    public BusinessCase decide(long partnershipId, BusinessCaseStep expected, StepOutcome outcome, String comments) {
        return calls.call(partnershipId, caller -> records.decide(caller, partnershipId, expected, outcome, comments));
    }
}
