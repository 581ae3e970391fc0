package org.consortia.web.annualreview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.annualreview.AnnualReviewService;
import org.consortia.export.Download;
import org.consortia.web.export.Downloads;

/** A partnership's annual review as a PDF (the newest, or the one numbered), for those the service lets read it. */
@Path("/partnerships/{id}")
public class AnnualReviewDownloads {

    @Inject
    AnnualReviewService reviews;

    @GET
    @Path("annual-review.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id, @QueryParam("number") Integer number) {
        String name = "annual-review-" + id + (number == null ? "" : "-" + number);
        return Downloads.of(Download.pdf(name, reviews.exportPdf(id, number)));
    }
}
