package org.consortia.web.leaving;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.forms.StepOutcome;
import org.consortia.leaving.Leaving;
import org.consortia.leaving.LeavingService;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.web.chain.ChainFormView;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.forms.FormInputs;

/**
 * Leaving a partnership: the Executive's (or full Council's) decision recorded with its reason and
 * the day involvement ends, then the exit report completed by the officer and commented on by the
 * Corporate Management Team. What anyone typed stays on the page when it is refused.
 */
@Named
@ViewScoped
public class LeavingView extends ChainFormView<Leaving> {

    @Inject
    LeavingService leavingService;

    private Leaving leaving;
    private FormInputs inputs;
    private LocalDate decidedOn;
    private DecidingBody decidedBy = DecidingBody.EXECUTIVE;
    private ExitReason reason;
    private LocalDate endsOn;

    @Override
    protected Leaving open(long partnershipId, Integer number) {
        return leavingService.open(partnershipId);
    }

    @Override
    protected void show(Leaving loaded) {
        leaving = loaded;
        if (!loaded.mayRecordFor().isEmpty() && !loaded.mayRecordFor().contains(decidedBy)) {
            decidedBy = loaded.mayRecordFor().get(0);
        }
        inputs = new FormInputs("report", loaded.report());
    }

    public void recordDecision() {
        try {
            show(leavingService.recordDecision(getId(), decidedOn, decidedBy, reason, endsOn));
            FieldMessages.info("The decision has been recorded: the partnership is now "
                    + leaving.stage().label().toLowerCase(Locale.UK) + ".");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("decision", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was recorded.");
        }
    }

    public void start() {
        try {
            show(leavingService.start(getId()));
            FieldMessages.info("The exit report has started, with what the decision says filled in.");
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was started.");
        }
    }

    public void save() {
        if (inputs.edits().isEmpty()) {
            FieldMessages.info("Nothing has changed since the answers were last saved.");
            return;
        }
        saveAnswers(inputs, () -> leavingService.save(getId(), inputs.edits()), inputs::reset,
                "Your answers have been saved.");
    }

    public void submit() {
        submitted(() -> leavingService.submit(getId(), getSubmitComments()),
                () -> "The exit report has been submitted to the Corporate Management Team.");
    }

    public void comment() {
        setOutcome(StepOutcome.COMMENTED);
        decided(() -> leavingService.comment(getId(), getDecisionComments()));
    }

    public Leaving getLeaving() {
        return leaving;
    }

    public FormInputs getInputs() {
        return inputs;
    }

    /** The bodies whose decision the caller may record. */
    public List<DecidingBody> getBodies() {
        return leaving.mayRecordFor();
    }

    public ExitReason[] getReasons() {
        return ExitReason.values();
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DecidingBody getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(DecidingBody decidedBy) {
        this.decidedBy = decidedBy;
    }

    public ExitReason getReason() {
        return reason;
    }

    public void setReason(ExitReason reason) {
        this.reason = reason;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
