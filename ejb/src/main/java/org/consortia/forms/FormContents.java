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

    /** Whether any answer calls for the template's warning. */
    public boolean warns() {
        return template.questions().stream().anyMatch(question -> question.warns(answer(question.id()).getValue()));
    }
}
