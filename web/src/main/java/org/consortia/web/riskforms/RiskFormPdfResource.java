package org.consortia.web.riskforms;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.riskforms.RiskForm;
import org.consortia.riskforms.RiskFormService;
import org.consortia.web.export.Downloads;

/**
 * One of the workspace's risk management forms as a PDF to print or file. The workspace filter has
 * set the workspace and answered 404 to anyone outside it; the service checks again.
 */
@Path("/w/{slug}/risk-form.pdf")
public class RiskFormPdfResource {

    @Inject
    RiskFormService forms;

    @GET
    @Produces(Download.PDF)
    public Response pdf(@PathParam("slug") String slug, @QueryParam("form") String formSlug) {
        return RiskForm.ofSlug(formSlug == null ? "" : formSlug)
                .map(form -> Downloads.of(Download.pdf(form.slug() + "-" + slug, forms.exportPdf(form))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
