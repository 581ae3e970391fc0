package org.consortia.web.register;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.RegisterEntry;

/** The public register as JSON, also served at /register.json. */
@Path("/register.json")
public class RegisterResource {

    @Inject
    PartnershipService partnerships;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RegisterEntry> register() {
        return partnerships.register();
    }
}
