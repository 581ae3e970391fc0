package org.consortia.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.forms.FormService;
import org.consortia.forms.FormTemplate;
import org.consortia.forms.FormTemplates;
import org.consortia.history.HistoryEntry;

/** Every saved change to one of the workspace's forms, newest first. */
@Named
@RequestScoped
public class FormHistoryView {

    @Inject
    FormService forms;

    @Inject
    FormTemplates templates;

    private String key;
    private FormTemplate template;
    private List<HistoryEntry> newestFirst;

    public void load() {
        template = templates.latest(key == null ? "" : key);
        newestFirst = forms.history(key);
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

    public List<HistoryEntry> getNewestFirst() {
        return newestFirst;
    }
}
