package org.consortia.web.businesscase;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.export.Download;
import org.consortia.web.export.Downloads;

/** A partnership's business case as a PDF, for those the service lets read it; "not found" for anyone else. */
@Path("/partnerships/{id}/business-case.pdf")
public class BusinessCasePdfResource {

    @Inject
    BusinessCaseService cases;

    @GET
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id) {
        return Downloads.of(Download.pdf("business-case-" + id, cases.exportPdf(id)));
    }
}
