package org.consortia.web.mou;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.mou.MouService;

/**
 * The workspace's Memorandum as a PDF download. The workspace filter has set the workspace from the
 * path and answered 404 to anyone outside it; the service checks again.
 */
@Path("/w/{slug}/mou.pdf")
public class MouPdfResource {

    @Inject
    MouService mou;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("slug") String slug, @Context UriInfo address) {
        String verification = address.getBaseUriBuilder().replacePath(request.getContextPath())
                .path("w").path(slug).path("mou-verify").build().toString();
        return Response.ok(mou.exportPdf(verification))
                .header("Content-Disposition", "attachment; filename=\"memorandum-of-understanding-" + slug + ".pdf\"")
                .build();
    }
}
