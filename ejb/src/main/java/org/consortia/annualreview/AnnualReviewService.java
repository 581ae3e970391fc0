package org.consortia.annualreview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.chain.CallsInPartnership;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;

/**
 * A partnership's annual reviews, for the council's people: found by the partnership record, read
 * and changed under that partnership's own tenant, and refused as "not found" to anyone else (a
 * partner in the workspace never learns that a review exists).
 */
@Stateless
public class AnnualReviewService {

    /** The template of the annual review (Appendix 4a). */
    public static final String REVIEW = AnnualReviewRecords.REVIEW;

    @Inject
    CallsInPartnership calls;

    @Inject
    AnnualReviewRecords records;

    /** The partnership's newest review, or the one with this number when it is not null. */
    public AnnualReview open(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.read(caller, partnershipId, number));
    }

    /** Starts this year's review, once the business case is demonstrated for the year. */
    public AnnualReview start(long partnershipId) {
        return calls.call(partnershipId, caller -> records.start(caller, partnershipId));
    }

    public FormContents save(long partnershipId, List<AnswerEdit> edits) {
        return calls.call(partnershipId, caller -> records.save(caller, partnershipId, edits));
    }

    /** The officer submits the review to the accountable Head of Service. */
    public AnnualReview submit(long partnershipId, String comments) {
        return calls.call(partnershipId, caller -> records.submit(caller, partnershipId, comments));
    }

    public AnnualReview decide(long partnershipId, AnnualReviewStep expected, StepOutcome outcome, String comments) {
        return calls.call(partnershipId, caller -> records.decide(caller, partnershipId, expected, outcome, comments));
    }

    /** Every saved change to the answers of a review (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.history(caller, partnershipId, number));
    }

    /** The review as answered (the newest, or the one numbered), laid out as the framework prints it, with its steps. */
    public byte[] exportPdf(long partnershipId, Integer number) {
        return calls.call(partnershipId, caller -> records.exportPdf(caller, partnershipId, number));
    }
}
