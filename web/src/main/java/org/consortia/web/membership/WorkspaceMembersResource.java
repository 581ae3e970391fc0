package org.consortia.web.membership;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.consortia.membership.MembershipService;

/**
 * The representatives of a workspace as JSON. The workspace filter has already set the workspace
 * from the path and answered 404 to anyone outside it; the service checks again.
 */
@Path("/w/{slug}/members")
public class WorkspaceMembersResource {

    /** One representative as the API shows them. */
    public record Member(String name, String organisation, String role, LocalDate termStart, LocalDate termEnd) {
    }

    @Inject
    MembershipService membership;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Member> members(@PathParam("slug") String slug) {
        return membership.representatives().stream()
                .map(rep -> new Member(rep.getAccount().getName(), rep.getMembership().getOrganisation().getName(),
                        rep.getRole().label(), rep.getTermStart(), rep.getTermEnd()))
                .toList();
    }
}
