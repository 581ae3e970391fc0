package org.consortia.web.progressreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.web.export.Downloads;

/** A partnership's progress report as a PDF (the newest, or the one numbered), for those the service lets read it. */
@Path("/partnerships/{id}")
public class ProgressReportDownloads {

    @Inject
    ProgressReportService reports;

    @GET
    @Path("progress-report.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id, @QueryParam("number") Integer number) {
        String name = "progress-report-" + id + (number == null ? "" : "-" + number);
        return Downloads.of(Download.pdf(name, reports.exportPdf(id, number)));
    }
}
