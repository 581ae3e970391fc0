package org.consortia.riskforms;

import java.io.Serializable;
import java.util.List;

/**
 * A form as the workspace has answered it: one answer per question in order, and who completed it
 * (null for a form without a sign-off).
 */
public record FilledForm(RiskForm form, List<FormAnswer> answers, FormSignOff signOff) implements Serializable {

    public FormAnswer answer(int question) {
        return answers.stream().filter(answer -> answer.getQuestion() == question).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(form + " has no question " + question));
    }
}
