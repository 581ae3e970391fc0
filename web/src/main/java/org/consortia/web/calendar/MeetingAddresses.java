package org.consortia.web.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;

/** The full address of a meeting's page, as a calendar event links it. */
final class MeetingAddresses {

    private MeetingAddresses() {
    }

    /** The workspace's own address, to which its pages' names are added ("/risk?id=4"). */
    static String workspace(UriInfo address, HttpServletRequest request, String slug) {
        return address.getBaseUriBuilder().replacePath(request.getContextPath()).path("w").path(slug).build().toString();
    }

    static String of(UriInfo address, HttpServletRequest request, String slug, long meetingId) {
        return address.getBaseUriBuilder().replacePath(request.getContextPath()).path("w").path(slug).path("meeting")
                .queryParam("id", meetingId).build().toString();
    }
}
