package org.consortia.web.forms;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.ChoiceOption;
import org.consortia.forms.DocumentUpload;
import org.consortia.forms.FormConflictException;
import org.consortia.forms.FormContents;
import org.consortia.forms.FormTemplate;
import org.consortia.forms.Score;
import org.consortia.forms.TemplateSection;

/**
 * What the user has typed into one form on a page, section by section: which answers changed,
 * starting again from what was saved, and showing beside each answer what someone else saved
 * meanwhile. Any page that shows a form keeps one of these per form.
 */
public class FormInputs implements Serializable {

    private static final Pattern ANSWER_FIELD = Pattern.compile("answer-([a-z0-9-]+)\\.(value|note|secondNote)");

    private final String formId;
    private final FormTemplate template;
    private final List<SectionInput> sections;
    private final Map<String, List<ChoiceOption>> linkTargets;

    /** A section of the form and what the user has typed for each of its questions. */
    public record SectionInput(TemplateSection section, List<AnswerInput> answers) implements Serializable {
    }

    /** {@code formId} is the id of the page's form holding the questions, to place messages beside them. */
    public FormInputs(String formId, FormContents filled) {
        this(formId, filled, Map.of());
    }

    /** As above, with the records a link question of each kind may point to ("risk-register"). */
    public FormInputs(String formId, FormContents filled, Map<String, List<ChoiceOption>> linkTargets) {
        this.formId = formId;
        this.linkTargets = Map.copyOf(linkTargets);
        this.template = filled.template();
        this.sections = template.sections().stream().map(section -> new SectionInput(section, section.questions().stream()
                .map(question -> new AnswerInput(question, filled.answer(question.id()))).toList())).toList();
    }

    private List<AnswerInput> answers() {
        List<AnswerInput> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.answers()));
        return all;
    }

    /** The answers the user changed, each against the version it was loaded at. */
    public List<AnswerEdit> edits() {
        return answers().stream().filter(AnswerInput::isChanged).map(AnswerInput::edit).toList();
    }

    /** The documents chosen for upload for questions whose answer is a document. */
    public List<DocumentUpload> uploads() throws IOException {
        List<DocumentUpload> uploads = new ArrayList<>();
        for (AnswerInput input : answers()) {
            DocumentUpload upload = input.documentUpload();
            if (upload != null) {
                uploads.add(upload);
            }
        }
        return uploads;
    }

    /** Starts again from the saved form. */
    public void reset(FormContents saved) {
        answers().forEach(input -> input.reset(saved.answer(input.getQuestion().id())));
    }

    /** Keeps what the user typed, showing beside each clashing answer what someone else saved. */
    public void showTheirs(FormConflictException conflict) {
        answers().stream().filter(input -> conflict.questions().contains(input.getQuestion().id()))
                .forEach(input -> input.showTheirs(conflict.current().answer(input.getQuestion().id())));
    }

    /** "answer-3.note" is the note box of question 3's row; null for a field of no question. */
    public String clientIdOf(String field) {
        Matcher answer = ANSWER_FIELD.matcher(field);
        if (!answer.matches()) {
            return null;
        }
        for (int section = 0; section < sections.size(); section++) {
            List<AnswerInput> inputs = sections.get(section).answers();
            for (int row = 0; row < inputs.size(); row++) {
                if (inputs.get(row).getQuestion().id().equals(answer.group(1))) {
                    String part = answer.group(2);
                    String component = part.equals("value") ? inputs.get(row).getKind() : part;
                    return formId + ":sections:" + section + ":answers:" + row + ":" + component;
                }
            }
        }
        return null;
    }

    /** Whether any answer as saved calls for the template's warning. */
    public boolean isWarning() {
        return answers().stream().anyMatch(AnswerInput::isWarning);
    }

    /** The records a link question may point to. */
    public List<ChoiceOption> linkTargets(String kind) {
        return linkTargets.getOrDefault(kind, List.of());
    }

    public Score[] getScores() {
        return Score.values();
    }

    public String getFormId() {
        return formId;
    }

    public FormTemplate getTemplate() {
        return template;
    }

    public List<SectionInput> getSections() {
        return sections;
    }
}
