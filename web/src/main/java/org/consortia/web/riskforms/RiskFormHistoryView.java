package org.consortia.web.riskforms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoryEntry;
import org.consortia.riskforms.RiskForm;
import org.consortia.riskforms.RiskFormService;

/** Every saved change to one of the workspace's risk management forms, newest first. */
@Named
@RequestScoped
public class RiskFormHistoryView {

    @Inject
    RiskFormService forms;

    private String slug;
    private RiskForm form;
    private List<HistoryEntry> newestFirst;

    public void load() {
        form = RiskForm.ofSlug(slug == null ? "" : slug).orElseThrow(() -> new RecordNotFoundException("No such form."));
        newestFirst = forms.history(form);
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

    public List<HistoryEntry> getNewestFirst() {
        return newestFirst;
    }
}
