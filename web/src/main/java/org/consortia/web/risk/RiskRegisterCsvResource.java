package org.consortia.web.risk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskRegisterService;
import org.consortia.web.register.CsvCells;

/**
 * The workspace's risk register as CSV with every field. The workspace filter has set the workspace
 * and answered 404 to anyone outside it; the service checks again.
 */
@Path("/w/{slug}/risks.csv")
public class RiskRegisterCsvResource {

    @Inject
    RiskRegisterService register;

    @GET
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug) {
        int tolerance = register.tolerance();
        StringBuilder csv = new StringBuilder("\ufeff");
        csv.append(CsvCells.row("Title", "Risk or opportunity", "Description", "Perspective", "Category", "Cause",
                "Effect", "Likelihood before controls", "Impact before controls", "Score before controls",
                "Likelihood after controls", "Impact after controls", "Score after controls", "Above tolerance",
                "Owner organisation", "Owner", "Allocation", "Transferred to", "Why transferred", "Trigger points",
                "Contingency plan", "Review by", "Status"));
        List<RiskEntry> entries = new ArrayList<>();
        Page<RiskEntry> page;
        do {
            page = register.search(RiskFilter.none(), new PageRequest(entries.size(), PageRequest.MAX_SIZE, "title", true));
            entries.addAll(page.items());
        } while (!page.items().isEmpty() && entries.size() < page.total());
        for (RiskEntry e : entries) {
            csv.append(CsvCells.row(e.getTitle(), e.getKind().label(), e.getDescription(), e.getPerspective().label(),
                    e.getCategory(), e.getCause(), e.getEffect(), e.getInherentLikelihood().label(),
                    e.getInherentImpact().label(), e.inherentScore(), e.getResidualLikelihood().label(),
                    e.getResidualImpact().label(), e.residualScore(), e.isAboveTolerance(tolerance) ? "Yes" : "No",
                    e.getOwnerOrganisation() == null ? null : e.getOwnerOrganisation().getName(),
                    e.getOwner() == null ? null : e.getOwner().getName(), e.getAllocation().label(),
                    e.getTransferredTo(), e.getTransferReason(), e.getTriggerPoints(), e.getContingencyPlan(),
                    e.getReviewDate(), e.getStatus().label()));
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"risk-register-" + slug + ".csv\"")
                .build();
    }
}
