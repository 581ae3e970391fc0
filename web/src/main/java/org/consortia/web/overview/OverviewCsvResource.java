package org.consortia.web.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.access.RecordNotFoundException;
import org.consortia.export.Download;
import org.consortia.overview.OverviewService;
import org.consortia.overview.Rating;
import org.consortia.partnership.LifecycleStage;
import org.consortia.web.export.Downloads;

/** The council's overview as CSV, filtered and sorted as the page was. The service refuses anyone but the council's overseers. */
@Path("/partnerships/overview.csv")
public class OverviewCsvResource {

    @Inject
    OverviewService overview;

    @GET
    @Produces("text/csv")
    public Response csv(@QueryParam("stage") String stage, @QueryParam("rating") String rating,
            @QueryParam("sort") String sort) {
        return Downloads.of(Download.csv("partnership-overview", overview.export(valueOf(LifecycleStage.class, stage),
                valueOf(Rating.class, rating), "worst".equals(sort))));
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new RecordNotFoundException("No such " + type.getSimpleName() + ".");
        }
    }
}
