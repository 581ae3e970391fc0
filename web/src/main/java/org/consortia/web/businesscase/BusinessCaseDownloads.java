package org.consortia.web.businesscase;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.access.RecordNotFoundException;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.export.Download;
import org.consortia.web.export.Downloads;

/**
 * A partnership's business case as a PDF (the newest, or the one numbered), the documents attached
 * to its cases, and a review's report to the Executive, for those the service lets read them; "not
 * found" for anyone else.
 */
@Path("/partnerships/{id}")
public class BusinessCaseDownloads {

    @Inject
    BusinessCaseService cases;

    @GET
    @Path("business-case.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id, @QueryParam("number") Integer number) {
        String name = "business-case-" + id + (number == null ? "" : "-" + number);
        return Downloads.of(Download.pdf(name, cases.exportPdf(id, number)));
    }

    /** A document attached to one of the partnership's business cases, always as an attachment. */
    @GET
    @Path("business-case-documents/{document:[0-9]{1,18}}")
    public Response document(@PathParam("id") long id, @PathParam("document") long document) {
        return Downloads.of(cases.document(id, document));
    }

    @GET
    @Path("business-case-report.pdf")
    @Produces(Download.PDF)
    public Response report(@PathParam("id") long id, @QueryParam("number") Integer number) {
        if (number == null) {
            throw new RecordNotFoundException("Say which review the report is of.");
        }
        return Downloads.of(Download.pdf("business-case-report-" + id + "-" + number, cases.exportReport(id, number)));
    }
}
