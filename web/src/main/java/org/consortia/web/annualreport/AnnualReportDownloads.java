package org.consortia.web.annualreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.annualreport.AnnualReportService;
import org.consortia.export.Download;
import org.consortia.web.export.Downloads;

/** A year's annual report as a PDF: as issued, or for its authors the draft as it stands. */
@Path("/annual-reports")
public class AnnualReportDownloads {

    @Inject
    AnnualReportService reports;

    @GET
    @Path("{year}.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("year") int year) {
        return Downloads.of(Download.pdf("annual-report-" + year, reports.exportPdf(year)));
    }
}
