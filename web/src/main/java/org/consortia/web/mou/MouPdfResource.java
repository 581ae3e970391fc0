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
import org.consortia.export.Download;
import org.consortia.mou.MouService;
import org.consortia.web.export.Downloads;

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
    @Produces(Download.PDF)
    public Response pdf(@PathParam("slug") String slug, @Context UriInfo address) {
        String verification = address.getBaseUriBuilder().replacePath(request.getContextPath())
                .path("w").path(slug).path("mou-verify").build().toString();
        return Downloads.of(Download.pdf("memorandum-of-understanding-" + slug, mou.exportPdf(verification)));
    }
}
