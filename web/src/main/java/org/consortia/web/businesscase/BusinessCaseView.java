package org.consortia.web.businesscase;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCase;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.forms.FormInputs;

/**
 * A partnership's business case: the officer answers the questions asked first (Appendix A) and the
 * case (Appendix 2a) and submits it; each person of the approval chain records their step. What
 * anyone typed stays on the page when a save or a step is refused.
 */
@Named
@ViewScoped
public class BusinessCaseView implements Serializable {

    @Inject
    BusinessCaseService cases;

    private Long id;
    private Integer number;
    private BusinessCase businessCase;
    private FormInputs preCheck;
    private FormInputs caseInputs;
    private String submitComments;
    private StepOutcome outcome;
    private String decisionComments;

    public void load() {
        if (businessCase != null) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        show(cases.open(id, number));
    }

    private void show(BusinessCase loaded) {
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
        try {
            FormContents saved = cases.save(id, templateKey, inputs.edits(), uploads);
            if (!uploads.isEmpty()) {
                // The choice of documents now lists the new ones.
                show(cases.open(id, number));
            } else {
                inputs.reset(saved);
            }
            FieldMessages.info(uploads.isEmpty() ? "Your answers have been saved."
                    : "Your answers have been saved and the document attached.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, inputs::clientIdOf);
        } catch (FormConflictException conflict) {
            inputs.showTheirs(conflict);
            FieldMessages.conflict(conflict, "Your answers are still in the form; the answers someone else saved are"
                    + " shown beside them. Check them, then save again to keep yours.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Your answers are still in the form.");
        }
    }

    public void startNext() {
        try {
            show(cases.startNext(id));
            number = null;
            FieldMessages.info(businessCase.review()
                    ? "This year's review of the business case has started, with last year's answers to update."
                    : "A new business case has started, with the last one's answers to update.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was started.");
        }
    }

    public void submit() {
        try {
            show(cases.submit(id, submitComments));
            submitComments = null;
            FieldMessages.info("The business case has been submitted: it now waits for "
                    + businessCase.currentStep().label().toLowerCase(Locale.UK) + ".");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("submitting", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was submitted.");
        }
    }

    public void decide() {
        try {
            show(cases.decide(id, businessCase.currentStep(), outcome, decisionComments));
            FieldMessages.info(outcome.label() + ": recorded.");
            outcome = null;
            decisionComments = null;
        } catch (InvalidInputException invalid) {
            FieldMessages.show("deciding", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was recorded; your comments are still in the form.");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
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

    public String getSubmitComments() {
        return submitComments;
    }

    public void setSubmitComments(String submitComments) {
        this.submitComments = submitComments;
    }

    public StepOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(StepOutcome outcome) {
        this.outcome = outcome;
    }

    public String getDecisionComments() {
        return decisionComments;
    }

    public void setDecisionComments(String decisionComments) {
        this.decisionComments = decisionComments;
    }
}
