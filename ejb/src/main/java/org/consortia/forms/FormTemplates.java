package org.consortia.forms;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import org.consortia.access.RecordNotFoundException;

/**
 * The toolkit's templates, read and checked once as the portal starts: a malformed template stops
 * the deployment with a message naming its file and line, rather than failing later in front of a
 * user. Read-only once loaded, so callers never wait for one another.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FormTemplates {

    private TemplateLibrary library;

    @PostConstruct
    void load() {
        library = TemplateLibrary.shipped();
    }

    /** The newest version of a template, which new forms are answered against. */
    public FormTemplate latest(String key) {
        return library.latest(key).orElseThrow(() -> new RecordNotFoundException("No such form."));
    }

    /** The template version a form was answered against. */
    public FormTemplate of(FilledForm form) {
        return library.version(form.getTemplateKey(), form.getTemplateVersion()).orElseThrow(() ->
                new IllegalStateException("The template " + form.getTemplateKey() + " v" + form.getTemplateVersion()
                        + " that a form was answered against is no longer shipped"));
    }

    public List<FormTemplate> all() {
        return library.all();
    }
}
