package org.consortia.web.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.meeting.MinutesService;
import org.consortia.web.export.Downloads;

/** A meeting's minutes as a PDF, as the reader may see them (observers without closed items). */
@Path("/w/{slug}/meetings/{id:[0-9]{1,18}}/minutes.pdf")
public class MinutesPdfResource {

    @Inject
    MinutesService minutes;

    @GET
    @Produces(Download.PDF)
    public Response minutes(@PathParam("id") long id) {
        return Downloads.of(minutes.exportPdf(id));
    }
}
