package org.consortia.annualreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.chain.StepRows;
import org.consortia.forms.FormEvidence;
import org.consortia.forms.FormPdf;
import org.consortia.text.UkDates;

/** An annual review as the framework lays out Appendix 4a, with the evidence the portal read and its evaluation. */
final class AnnualReviewPdf {

    private AnnualReviewPdf() {
    }

    static byte[] write(AnnualReview review) {
        List<String> details = new ArrayList<>();
        details.add("Annual review " + review.number() + ", following the business case demonstrated on "
                + UkDates.day(review.review().form().getPeriodStart()) + ": " + review.review().form().getState().label());
        for (FormEvidence finding : review.evidence()) {
            details.add("Read by the portal on " + UkDates.day(finding.getReadAt()) + " from " + finding.getLink() + ": "
                    + finding.getFinding());
        }
        return FormPdf.write(review.partnershipName(), review.review(), details, "Evaluation and consideration",
                StepRows.of(review.steps(), AnnualReviewStep::valueOf), null, Map.of());
    }
}
