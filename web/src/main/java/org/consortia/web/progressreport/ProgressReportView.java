package org.consortia.web.progressreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.progressreport.ProgressReport;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.web.chain.ChainFormView;
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
public class ProgressReportView extends ChainFormView<ProgressReport> {

    @Inject
    ProgressReportService reports;

    @Inject
    Labels labels;

    private ProgressReport report;
    private FormInputs inputs;

    @Override
    protected ProgressReport open(long partnershipId, Integer number) {
        return reports.open(partnershipId, number);
    }

    @Override
    protected void show(ProgressReport loaded) {
        report = loaded;
        inputs = new FormInputs("report", loaded.report());
    }

    public void start() {
        try {
            show(reports.start(getId()));
            setNumber(null);
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
        saveAnswers(inputs, () -> reports.save(getId(), inputs.edits()), inputs::reset, "Your answers have been saved.");
    }

    public void submit() {
        submitted(() -> reports.submit(getId(), getSubmitComments()),
                () -> "The report has been sent to the accountable Head of Service.");
    }

    public void decide() {
        decided(() -> reports.decide(getId(), report.number(), report.currentStep(), getOutcome(), getDecisionComments()));
    }

    public ProgressReport getReport() {
        return report;
    }

    public FormInputs getInputs() {
        return inputs;
    }
}
