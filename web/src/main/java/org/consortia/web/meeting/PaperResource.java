package org.consortia.web.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.consortia.meeting.AgendaService;
import org.consortia.web.export.Downloads;

/**
 * A meeting paper as uploaded, its latest version or the one a revision of its history names:
 * always as an attachment of the type read from its content, never shown in the page. The
 * workspace filter has answered 404 to anyone outside the workspace; the service checks again, and
 * answers 404 to an observer for a paper of an item taken in closed session.
 */
@Path("/w/{slug}/papers/{id:[0-9]{1,18}}")
public class PaperResource {

    @Inject
    AgendaService agendas;

    @GET
    public Response paper(@PathParam("id") long id, @QueryParam("revision") Integer revision) {
        return Downloads.of(agendas.download(id, revision));
    }
}
