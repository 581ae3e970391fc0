package org.consortia.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormService;
import org.consortia.forms.FormTemplate;
import org.consortia.forms.Score;
import org.consortia.forms.TemplateSection;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.web.faces.FieldMessages;

/**
 * Answering one of the workspace's forms. What the user typed stays on the page when a save is
 * refused; answers someone else changed meanwhile are shown beside the user's own.
 */
@Named
@ViewScoped
public class FormView implements Serializable {

    private static final Pattern ANSWER_FIELD = Pattern.compile("answer-([a-z0-9-]+)\\.(value|note|secondNote)");

    @Inject
    FormService forms;

    @Inject
    WorkspaceAccess access;

    private String key;
    private FormTemplate template;
    private List<SectionInput> sections;
    private SignOffInput signOff;
    private boolean mayEdit;

    /** A section of the form and what the user has typed for each of its questions. */
    public record SectionInput(TemplateSection section, List<AnswerInput> answers) implements Serializable {
    }

    public void load() {
        if (template != null) {
            return;
        }
        FormContents filled = forms.open(key == null ? "" : key);
        template = filled.template();
        sections = template.sections().stream().map(section -> new SectionInput(section, section.questions().stream()
                .map(question -> new AnswerInput(question, filled.answer(question.id()))).toList())).toList();
        signOff = filled.signOff() == null ? null : new SignOffInput(filled.signOff());
        mayEdit = access.enter().may(Action.EDIT_SHARED_RECORDS);
    }

    private List<AnswerInput> answers() {
        List<AnswerInput> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.answers()));
        return all;
    }

    public void save() {
        List<AnswerEdit> edits = answers().stream().filter(AnswerInput::isChanged).map(AnswerInput::edit).toList();
        boolean signOffChanged = signOff != null && signOff.isChanged();
        if (edits.isEmpty() && !signOffChanged) {
            FieldMessages.info("Nothing has changed since the form was last saved.");
            return;
        }
        try {
            FormContents saved = forms.save(key, edits, signOffChanged ? signOff.edit() : null);
            answers().forEach(input -> input.reset(saved.answer(input.getQuestion().id())));
            if (signOff != null) {
                signOff.reset(saved.signOff());
            }
            FieldMessages.info("Your answers have been saved.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, this::clientIdOf);
        } catch (FormConflictException conflict) {
            answers().stream().filter(input -> conflict.questions().contains(input.getQuestion().id()))
                    .forEach(input -> input.showTheirs(conflict.current().answer(input.getQuestion().id())));
            if (conflict.signOff()) {
                signOff.showTheirs(conflict.current().signOff());
            }
            FieldMessages.conflict(conflict, "Your answers are still in the form; the answers"
                    + " someone else saved are shown beside them. Check them, then save again to keep yours.");
        } catch (ConcurrentEditException raced) {
            FieldMessages.conflict(raced, "Your answers are still in the form: save again.");
        }
    }

    /** "answer-3.note" is the note box of question 3's row, "signOff.telephone" its own field. */
    private String clientIdOf(String field) {
        Matcher answer = ANSWER_FIELD.matcher(field);
        if (answer.matches()) {
            for (int section = 0; section < sections.size(); section++) {
                List<AnswerInput> inputs = sections.get(section).answers();
                for (int row = 0; row < inputs.size(); row++) {
                    if (inputs.get(row).getQuestion().id().equals(answer.group(1))) {
                        String part = answer.group(2);
                        String component = part.equals("value") ? inputs.get(row).getKind() : part;
                        return "form:sections:" + section + ":answers:" + row + ":" + component;
                    }
                }
            }
            return null;
        }
        return field.startsWith("signOff.") ? "form:" + field.replace('.', '_') : null;
    }

    /** Whether any answer as saved calls for the template's warning. */
    public boolean isWarning() {
        return answers().stream().anyMatch(AnswerInput::isWarning);
    }

    public Score[] getScores() {
        return Score.values();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public FormTemplate getTemplate() {
        return template;
    }

    public List<SectionInput> getSections() {
        return sections;
    }

    public SignOffInput getSignOff() {
        return signOff;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
