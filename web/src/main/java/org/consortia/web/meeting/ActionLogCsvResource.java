package org.consortia.web.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.consortia.export.Download;
import org.consortia.meeting.ActionFilter;
import org.consortia.meeting.ActionService;
import org.consortia.web.export.Downloads;

/**
 * The action log as CSV, filtered as the page's address says. The workspace filter has answered 404
 * to anyone outside the workspace; the service checks again.
 */
@Path("/w/{slug}/actions.csv")
public class ActionLogCsvResource {

    @Inject
    ActionService actions;

    @GET
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @QueryParam("show") String show, @QueryParam("mine") boolean mine) {
        ActionFilter filter;
        try {
            filter = show == null ? ActionFilter.OPEN : ActionFilter.valueOf(show);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("The log knows no such filter.");
        }
        return Downloads.of(Download.csv("actions-" + slug + "-" + filter.name().toLowerCase(Locale.ROOT)
                + (mine ? "-mine" : ""), actions.export(filter, mine)));
    }
}
