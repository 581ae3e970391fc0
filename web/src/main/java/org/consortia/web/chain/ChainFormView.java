package org.consortia.web.chain;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.forms.FormInputs;

/**
 * A page of one of a partnership's chained council forms: which partnership and number it shows,
 * and the writer's submission and each step recorded with what the person typed kept on the page
 * when it is refused.
 *
 * @param <F> the form as its service returns it
 */
public abstract class ChainFormView<F> implements Serializable {

    private boolean loaded;
    private Long id;
    private Integer number;
    private String submitComments;
    private StepOutcome outcome;
    private String decisionComments;

    /** The partnership's form numbered, or its newest when {@code number} is null, from its service. */
    protected abstract F open(long partnershipId, Integer number);

    /** Shows the form as the service returned it. */
    protected abstract void show(F loaded);

    /** Opens the form the address names, once per view. */
    public void load() {
        if (loaded) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        show(open(id, number));
        loaded = true;
    }

    /**
     * Saves the answers typed with {@code save}, then lets {@code then} show what was saved and
     * says {@code saved}. Refused, the answers typed stay in the form, with someone else's beside
     * them where they clash.
     */
    protected void saveAnswers(FormInputs inputs, Supplier<FormContents> save, Consumer<FormContents> then, String saved) {
        try {
            then.accept(save.get());
            FieldMessages.info(saved);
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

    /** Sends the form on with the comments typed; says {@code sent} once done. */
    protected void submitted(Supplier<F> submission, Supplier<String> sent) {
        try {
            show(submission.get());
            submitComments = null;
            FieldMessages.info(sent.get());
        } catch (InvalidInputException invalid) {
            FieldMessages.show("submitting", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was sent.");
        }
    }

    /** Records the outcome chosen at the step, with the comments typed. */
    protected void decided(Supplier<F> decision) {
        try {
            show(decision.get());
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
