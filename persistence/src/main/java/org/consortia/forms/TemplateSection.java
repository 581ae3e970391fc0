package org.consortia.forms;

import java.io.Serializable;
import java.util.List;

/** A section of a template: its heading (empty for a template of one untitled section), guidance and questions. */
public record TemplateSection(String heading, List<String> guidance, List<TemplateQuestion> questions)
        implements Serializable {

    public TemplateSection {
        guidance = List.copyOf(guidance);
        questions = List.copyOf(questions);
    }
}
