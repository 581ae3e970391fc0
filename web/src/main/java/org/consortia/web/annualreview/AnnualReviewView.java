package org.consortia.web.annualreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.annualreview.AnnualReview;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.web.chain.ChainFormView;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.forms.FormInputs;

/**
 * A partnership's annual review: the officer starts it once the business case is demonstrated,
 * confirms or corrects the evidence the portal read, assesses each section and submits it; the Head
 * of Service evaluates it and the Corporate Management Team considers it.
 */
@Named
@ViewScoped
public class AnnualReviewView extends ChainFormView<AnnualReview> {

    @Inject
    AnnualReviewService reviews;

    private AnnualReview review;
    private FormInputs inputs;

    @Override
    protected AnnualReview open(long partnershipId, Integer number) {
        return reviews.open(partnershipId, number);
    }

    @Override
    protected void show(AnnualReview loaded) {
        review = loaded;
        inputs = new FormInputs("review", loaded.review());
    }

    public void start() {
        try {
            show(reviews.start(getId()));
            setNumber(null);
            FieldMessages.info("This year's review has started, with the evidence the portal found filled in for you to"
                    + " confirm or correct.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was started.");
        }
    }

    public void save() {
        if (inputs.edits().isEmpty()) {
            FieldMessages.info("Nothing has changed since the answers were last saved.");
            return;
        }
        saveAnswers(inputs, () -> reviews.save(getId(), inputs.edits()), inputs::reset, "Your answers have been saved.");
    }

    public void submit() {
        submitted(() -> reviews.submit(getId(), getSubmitComments()),
                () -> "The review has been submitted to the accountable Head of Service.");
    }

    public void decide() {
        decided(() -> reviews.decide(getId(), review.currentStep(), getOutcome(), getDecisionComments()));
    }

    public AnnualReview getReview() {
        return review;
    }

    public FormInputs getInputs() {
        return inputs;
    }
}
