package org.consortia.web.riskforms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.riskforms.AnswerEdit;
import org.consortia.riskforms.FilledForm;
import org.consortia.riskforms.FormConflictException;
import org.consortia.riskforms.Response;
import org.consortia.riskforms.RiskForm;
import org.consortia.riskforms.RiskFormService;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.web.faces.FieldMessages;

/**
 * Answering one of the workspace's risk management forms. What the user typed stays on the page
 * when a save is refused; answers someone else changed meanwhile are shown beside the user's own.
 */
@Named
@ViewScoped
public class RiskFormView implements Serializable {

    private static final Pattern ANSWER_FIELD = Pattern.compile("answer(\\d+)\\.(response|comments)");

    @Inject
    RiskFormService forms;

    @Inject
    WorkspaceAccess access;

    private String slug;
    private RiskForm form;
    private List<AnswerInput> answers;
    private SignOffInput signOff;
    private boolean mayEdit;

    public void load() {
        if (form != null) {
            return;
        }
        form = RiskForm.ofSlug(slug == null ? "" : slug)
                .orElseThrow(() -> new RecordNotFoundException("No such form."));
        FilledForm filled = forms.open(form);
        answers = form.questions().stream().map(question -> new AnswerInput(question, filled.answer(question.number())))
                .toList();
        signOff = filled.signOff() == null ? null : new SignOffInput(filled.signOff());
        mayEdit = access.enter().may(Action.EDIT_SHARED_RECORDS);
    }

    public void save() {
        List<AnswerEdit> edits = answers.stream().filter(AnswerInput::isChanged).map(AnswerInput::edit).toList();
        boolean signOffChanged = signOff != null && signOff.isChanged();
        if (edits.isEmpty() && !signOffChanged) {
            FieldMessages.info("Nothing has changed since the form was last saved.");
            return;
        }
        try {
            FilledForm saved = forms.save(form, edits, signOffChanged ? signOff.edit() : null);
            answers.forEach(input -> input.reset(saved.answer(input.getQuestion().number())));
            if (signOff != null) {
                signOff.reset(saved.signOff());
            }
            FieldMessages.info("Your answers have been saved.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, this::clientIdOf);
        } catch (FormConflictException conflict) {
            answers.stream().filter(input -> conflict.questions().contains(input.getQuestion().number()))
                    .forEach(input -> input.showTheirs(conflict.current().answer(input.getQuestion().number())));
            if (conflict.signOff()) {
                signOff.showTheirs(conflict.current().signOff());
            }
            FieldMessages.conflict(conflict, "Your answers are still in the form; the answers"
                    + " someone else saved are shown beside them. Check them, then save again to keep yours.");
        } catch (ConcurrentEditException raced) {
            FieldMessages.conflict(raced, "Your answers are still in the form: save again.");
        }
    }

    /** "answer3.comments" is the comments box of the third question's row, "signOff.telephone" its own field. */
    private String clientIdOf(String field) {
        Matcher answer = ANSWER_FIELD.matcher(field);
        if (answer.matches()) {
            for (int row = 0; row < answers.size(); row++) {
                if (answers.get(row).getQuestion().number() == Integer.parseInt(answer.group(1))) {
                    return "form:answers:" + row + ":" + answer.group(2);
                }
            }
            return null;
        }
        return field.startsWith("signOff.") ? "form:" + field.replace('.', '_') : null;
    }

    public Response[] getResponses() {
        return Response.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public RiskForm getForm() {
        return form;
    }

    public List<AnswerInput> getAnswers() {
        return answers;
    }

    public SignOffInput getSignOff() {
        return signOff;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
