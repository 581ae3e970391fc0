package org.consortia.forms;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One version of one of the toolkit's templates, read from its file: where it comes from in the
 * framework, the workflow its forms follow, its introduction, sections and questions word for word,
 * whether it ends with who completed it, and the warning shown when an answer calls for it.
 */
public record FormTemplate(String key, int version, String title, String source, FormWorkflow workflow,
        List<String> introduction, List<TemplateSection> sections, boolean signedOff, String warningHeading,
        List<String> warning)
        implements Serializable {

    public FormTemplate {
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        warning = List.copyOf(warning);
    }

    public List<TemplateQuestion> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    /** The template without the section of this heading, for a form that does not ask it of its partnership. */
    public FormTemplate without(String sectionHeading) {
        return new FormTemplate(key, version, title, source, workflow, introduction, sections.stream()
                .filter(section -> !section.heading().equals(sectionHeading)).toList(), signedOff, warningHeading, warning);
    }

    public Optional<TemplateQuestion> question(String id) {
        return questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }
}
