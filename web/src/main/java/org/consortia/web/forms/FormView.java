package org.consortia.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormService;
import org.consortia.forms.FormTemplate;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.web.faces.FieldMessages;

/**
 * Answering one of the workspace's forms. What the user typed stays on the page when a save is
 * refused; answers someone else changed meanwhile are shown beside the user's own.
 */
@Named
@ViewScoped
public class FormView implements Serializable {

    @Inject
    FormService forms;

    @Inject
    WorkspaceAccess access;

    private String key;
    private FormInputs inputs;
    private SignOffInput signOff;
    private boolean mayEdit;

    public void load() {
        if (inputs != null) {
            return;
        }
        FormContents filled = forms.open(key == null ? "" : key);
        inputs = new FormInputs("form", filled);
        signOff = filled.signOff() == null ? null : new SignOffInput(filled.signOff());
        mayEdit = access.enter().may(Action.EDIT_SHARED_RECORDS);
    }

    public void save() {
        List<AnswerEdit> edits = inputs.edits();
        boolean signOffChanged = signOff != null && signOff.isChanged();
        if (edits.isEmpty() && !signOffChanged) {
            FieldMessages.info("Nothing has changed since the form was last saved.");
            return;
        }
        try {
            FormContents saved = forms.save(key, edits, signOffChanged ? signOff.edit() : null);
            inputs.reset(saved);
            if (signOff != null) {
                signOff.reset(saved.signOff());
            }
            FieldMessages.info("Your answers have been saved.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, this::clientIdOf);
        } catch (FormConflictException conflict) {
            inputs.showTheirs(conflict);
            if (conflict.signOff()) {
                signOff.showTheirs(conflict.current().signOff());
            }
            FieldMessages.conflict(conflict, "Your answers are still in the form; the answers"
                    + " someone else saved are shown beside them. Check them, then save again to keep yours.");
        } catch (ConcurrentEditException raced) {
            FieldMessages.conflict(raced, "Your answers are still in the form: save again.");
        }
    }

    /** A question's field, or the sign-off's own ("signOff.telephone"). */
    private String clientIdOf(String field) {
        return field.startsWith("signOff.") ? "form:" + field.replace('.', '_') : inputs.clientIdOf(field);
    }

    /** Whether any answer as saved calls for the template's warning. */
    public boolean isWarning() {
        return inputs.isWarning();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public FormTemplate getTemplate() {
        return inputs.getTemplate();
    }

    public FormInputs getInputs() {
        return inputs;
    }

    public SignOffInput getSignOff() {
        return signOff;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
