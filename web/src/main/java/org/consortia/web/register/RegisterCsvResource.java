package org.consortia.web.register;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.export.CsvTable;
import org.consortia.export.Download;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.RegisterEntry;
import org.consortia.web.export.Downloads;

/** The public register as a CSV download, also served at /register.csv. */
@Path("/register.csv")
public class RegisterCsvResource {

    @Inject
    PartnershipService partnerships;

    @GET
    @Produces("text/csv")
    public Response csv() {
        CsvTable csv = new CsvTable("Name", "Workspace", "Type", "Legal status", "Statutory", "Significant", "Stage",
                "Purpose", "Geographical area", "Themes", "Client groups", "Accountable to", "Head of Service",
                "Officer representative", "Start date", "Proposed end date", "Member organisations");
        for (RegisterEntry entry : partnerships.register()) {
            csv.row(entry.name(), entry.slug(), entry.type(), entry.legalStatus(),
                    entry.statutory() ? "Yes" : "No", entry.significant() ? "Yes" : "No", entry.stage(),
                    entry.purpose(), entry.geographicalArea(), String.join("; ", entry.themes()),
                    entry.clientGroups(), entry.accountableTo(), entry.headOfService(),
                    entry.officerRepresentative(), entry.startDate(), entry.proposedEndDate(),
                    String.join("; ", entry.memberOrganisations()));
        }
        return Downloads.of(Download.csv("partnership-register", csv));
    }
}
