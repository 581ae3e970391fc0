package org.consortia.forms;

import java.io.Serializable;
import java.util.List;

/**
 * A form as the workspace has answered it: the template version it is answered against, the form,
 * one answer per question in the template's order, and who completed it (null for a template without
 * a sign-off). Before anyone saves, the form and its answers are blank and not stored.
 */
public record FormContents(FormTemplate template, FilledForm form, List<FormAnswer> answers, FormSignOff signOff)
        implements Serializable {

    public FormAnswer answer(String question) {
        return answers.stream().filter(answer -> answer.getQuestion().equals(question)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(template.key() + " has no question " + question));
    }

    /** The form without the section of this heading and its answers, for a form that does not ask it of its partnership. */
    public FormContents without(String sectionHeading) {
        FormTemplate asked = template.without(sectionHeading);
        return new FormContents(asked, form, answers.stream()
                .filter(answer -> asked.question(answer.getQuestion()).isPresent()).toList(), signOff);
    }

    /** Whether any answer calls for the template's warning. */
    public boolean warns() {
        return template.questions().stream().anyMatch(question -> question.warns(answer(question.id()).getValue()));
    }
}
