package org.consortia.web.progressreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.progressreport.ProgressReport;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.faces.Labels;
import org.consortia.web.forms.FormInputs;

/**
 * A partnership's progress report: the officer writes it for its period and sends it on, the
 * accountable Head of Service submits it or returns it, and those it reaches comment. What anyone
 * typed stays on the page when a save or a step is refused.
 */
@Named
@ViewScoped
public class ProgressReportView implements Serializable {

    @Inject
    ProgressReportService reports;

    @Inject
    Labels labels;

    private Long id;
    private Integer number;
    private ProgressReport report;
    private FormInputs inputs;
    private String submitComments;
    private StepOutcome outcome;
    private String decisionComments;

    public void load() {
        if (report != null) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        show(reports.open(id, number));
    }

    private void show(ProgressReport loaded) {
        report = loaded;
        inputs = new FormInputs("report", loaded.report());
    }

    public void start() {
        try {
            show(reports.start(id));
            number = null;
            FieldMessages.info("The progress report for " + labelOfPeriod() + " has started.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was started.");
        }
    }

    private String labelOfPeriod() {
        return labels.date(report.report().form().getPeriodStart()) + " to "
                + labels.date(report.report().form().getPeriodEnd());
    }

    public void save() {
        if (inputs.edits().isEmpty()) {
            FieldMessages.info("Nothing has changed since the answers were last saved.");
            return;
        }
        try {
            FormContents saved = reports.save(id, inputs.edits());
            inputs.reset(saved);
            FieldMessages.info("Your answers have been saved.");
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

    public void submit() {
        try {
            show(reports.submit(id, submitComments));
            submitComments = null;
            FieldMessages.info("The report has been sent to the accountable Head of Service.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("submitting", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was sent.");
        }
    }

    public void decide() {
        try {
            show(reports.decide(id, report.number(), report.currentStep(), outcome, decisionComments));
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

    public ProgressReport getReport() {
        return report;
    }

    public FormInputs getInputs() {
        return inputs;
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
