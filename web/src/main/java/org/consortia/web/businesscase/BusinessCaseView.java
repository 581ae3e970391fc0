package org.consortia.web.businesscase;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.businesscase.BusinessCase;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.forms.DocumentUpload;
import org.consortia.web.chain.ChainFormView;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.forms.FormInputs;

/**
 * A partnership's business case: the officer answers the questions asked first (Appendix A) and the
 * case (Appendix 2a) and submits it; each person of the approval chain records their step. What
 * anyone typed stays on the page when a save or a step is refused.
 */
@Named
@ViewScoped
public class BusinessCaseView extends ChainFormView<BusinessCase> {

    @Inject
    BusinessCaseService cases;

    private BusinessCase businessCase;
    private FormInputs preCheck;
    private FormInputs caseInputs;

    @Override
    protected BusinessCase open(long partnershipId, Integer number) {
        return cases.open(partnershipId, number);
    }

    @Override
    protected void show(BusinessCase loaded) {
        businessCase = loaded;
        preCheck = new FormInputs("preCheck", loaded.preCheck());
        caseInputs = new FormInputs("case", loaded.businessCase(), loaded.linkTargets());
    }

    public void savePreCheck() throws IOException {
        save(BusinessCaseService.PRE_CHECK, preCheck);
    }

    public void saveCase() throws IOException {
        save(BusinessCaseService.CASE, caseInputs);
    }

    private void save(String templateKey, FormInputs inputs) throws IOException {
        List<DocumentUpload> uploads = inputs.uploads();
        if (inputs.edits().isEmpty() && uploads.isEmpty()) {
            FieldMessages.info("Nothing has changed since the answers were last saved.");
            return;
        }
        saveAnswers(inputs, () -> cases.save(getId(), templateKey, inputs.edits(), uploads), saved -> {
            if (!uploads.isEmpty()) {
                // The choice of documents now lists the new ones.
                show(cases.open(getId(), getNumber()));
            } else {
                inputs.reset(saved);
            }
        }, uploads.isEmpty() ? "Your answers have been saved." : "Your answers have been saved and the document attached.");
    }

    public void startNext() {
        try {
            show(cases.startNext(getId()));
            setNumber(null);
            FieldMessages.info(businessCase.review()
                    ? "This year's review of the business case has started, with last year's answers to update."
                    : "A new business case has started, with the last one's answers to update.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was started.");
        }
    }

    public void submit() {
        submitted(() -> cases.submit(getId(), getSubmitComments()), () -> "The business case has been submitted: it now"
                + " waits for " + businessCase.currentStep().label().toLowerCase(Locale.UK) + ".");
    }

    public void decide() {
        decided(() -> cases.decide(getId(), businessCase.currentStep(), getOutcome(), getDecisionComments()));
    }

    public BusinessCase getBusinessCase() {
        return businessCase;
    }

    public FormInputs getPreCheck() {
        return preCheck;
    }

    public FormInputs getCaseInputs() {
        return caseInputs;
    }
}
