package org.consortia.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.calendar.CalendarFeedService;
import org.consortia.meeting.MeetingCalendar;

/**
 * A person's private calendar feed, opened by the token in its address without signing in, as
 * calendar programs subscribe; a token that opens nothing, or no longer does, answers 404.
 */
@Path("/calendar/{token}.ics")
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    @Context
    HttpServletRequest request;

    @GET
    public Response feed(@PathParam("token") String token, @Context UriInfo address) {
        byte[] calendar = feeds.feed(token, slug -> MeetingAddresses.workspace(address, request, slug));
        return Response.ok(calendar, MeetingCalendar.MEDIA_TYPE)
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
