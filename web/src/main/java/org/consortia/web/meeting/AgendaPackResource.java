package org.consortia.web.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;
import org.consortia.meeting.AgendaService;
import org.consortia.web.export.Downloads;

/**
 * A meeting's agenda pack as one PDF, with what the caller may see of it. The workspace filter has
 * answered 404 to anyone outside the workspace; the service checks again.
 */
@Path("/w/{slug}/meetings/{id:[0-9]{1,18}}/agenda-pack.pdf")
public class AgendaPackResource {

    @Inject
    AgendaService agendas;

    @GET
    @Produces(Download.PDF)
    public Response pack(@PathParam("id") long id) {
        return Downloads.of(agendas.pack(id));
    }
}
