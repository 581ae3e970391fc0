package org.consortia.web.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.forms.FormService;
import org.consortia.web.export.Downloads;

/**
 * One of the workspace's forms as a PDF to print or file. The workspace filter has set the workspace
 * and answered 404 to anyone outside it; the service checks again, and answers 404 for a form that
 * does not exist.
 */
@Path("/w/{slug}/form.pdf")
public class FormPdfResource {

    @Inject
    FormService forms;

    @GET
    @Produces(Download.PDF)
    public Response pdf(@PathParam("slug") String slug, @QueryParam("form") String key) {
        String form = key == null ? "" : key;
        return Downloads.of(Download.pdf(form + "-" + slug, forms.exportPdf(form)));
    }
}
