package org.consortia.web.annualreview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.history.HistoryEntry;
import org.consortia.web.chain.NumberedFormHistoryView;

/** Every saved change to the answers of a partnership's annual review, newest first. */
@Named
@RequestScoped
public class AnnualReviewHistoryView extends NumberedFormHistoryView {

    @Inject
    AnnualReviewService reviews;

    @Override
    protected List<HistoryEntry> historyOf(long partnershipId, Integer number) {
        return reviews.history(partnershipId, number);
    }
}
