package org.consortia.annualreview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.history.HistoryEntry;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.tenancy.CurrentWorkspace;

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
    CallerLookup callers;

    @Inject
    AnnualReviewRecords records;

    /** The partnership's newest review, or the one with this number when it is not null. */
    public AnnualReview open(long partnershipId, Integer number) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.read(caller, partnershipId, number));
    }

    /** Starts this year's review, once the business case is demonstrated for the year. */
    public AnnualReview start(long partnershipId) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.start(caller, partnershipId));
    }

    public FormContents save(long partnershipId, List<AnswerEdit> edits) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.save(caller, partnershipId, edits));
    }

    /** The officer submits the review to the accountable Head of Service. */
    public AnnualReview submit(long partnershipId, String comments) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.submit(caller, partnershipId, comments));
    }

    public AnnualReview decide(long partnershipId, AnnualReviewStep expected, StepOutcome outcome, String comments) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId,
                () -> records.decide(caller, partnershipId, expected, outcome, comments));
    }

    /** Every saved change to the answers of a review (the newest, or the one numbered), newest first. */
    public List<HistoryEntry> history(long partnershipId, Integer number) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.history(caller, partnershipId, number));
    }

    /** The review as answered (the newest, or the one numbered), laid out as the framework prints it, with its steps. */
    public byte[] exportPdf(long partnershipId, Integer number) {
        Caller caller = callers.current();
        return CurrentWorkspace.callIn(partnershipId, () -> records.exportPdf(caller, partnershipId, number));
    }
}
