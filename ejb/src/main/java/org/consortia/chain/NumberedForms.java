package org.consortia.chain;

import java.util.List;
import java.util.Map;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormStep;

/**
 * A partnership's forms of one council template, numbered from the first, with the one a page shows
 * and the steps taken in each.
 *
 * @param all   every stored form, the first first
 * @param shown the form asked for (the newest when no number was given); null before the first is stored
 */
public record NumberedForms(List<FilledForm> all, FilledForm shown, Map<Long, List<FormStep>> stepsByForm) {

    /** The steps taken in the form, in the order taken; none for a form not stored. */
    public List<FormStep> stepsOf(FilledForm form) {
        return form == null || form.getId() == null ? List.of() : stepsByForm.getOrDefault(form.getId(), List.of());
    }

    /** The steps taken in the form shown. */
    public List<FormStep> shownSteps() {
        return stepsOf(shown);
    }

    /** Whether the form shown is the newest, the one work goes on in (or there is none yet). */
    public boolean showsNewest() {
        return shown == null || shown == all.get(all.size() - 1);
    }

    public FilledForm newest() {
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
