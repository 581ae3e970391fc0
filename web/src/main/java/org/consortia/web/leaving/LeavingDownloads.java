package org.consortia.web.leaving;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.leaving.LeavingService;
import org.consortia.web.export.Downloads;

/** A partnership's exit report as a PDF, for those the service lets read it. */
@Path("/partnerships/{id}")
public class LeavingDownloads {

    @Inject
    LeavingService leaving;

    @GET
    @Path("exit-report.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id) {
        return Downloads.of(Download.pdf("exit-report-" + id, leaving.exportPdf(id)));
    }
}
