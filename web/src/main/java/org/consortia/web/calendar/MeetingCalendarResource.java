package org.consortia.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.meeting.MeetingService;
import org.consortia.web.export.Downloads;

/**
 * One meeting as an iCalendar file to add to a calendar. The workspace filter has answered 404 to
 * anyone outside the workspace; the service checks again.
 */
@Path("/w/{slug}/meetings/{id:[0-9]{1,18}}.ics")
public class MeetingCalendarResource {

    @Inject
    MeetingService meetings;

    @Context
    HttpServletRequest request;

    @GET
    public Response event(@PathParam("slug") String slug, @PathParam("id") long id, @Context UriInfo address) {
        return Downloads.of(meetings.calendarOf(id, MeetingAddresses.of(address, request, slug, id)));
    }
}
