package org.consortia.web.risk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.consortia.export.CsvTable;
import org.consortia.export.Download;
import org.consortia.risk.PortfolioEntry;
import org.consortia.risk.RiskPortfolioService;
import org.consortia.web.export.Downloads;

/**
 * The council's portfolio of entries above tolerance as CSV, highest score first, also served at
 * /partnerships/risks.csv. Oversight roles only: the service refuses anyone else.
 */
@Path("/partnerships/risks.csv")
public class RiskPortfolioCsvResource {

    @Inject
    RiskPortfolioService portfolio;

    @GET
    @Produces("text/csv")
    public Response csv() {
        CsvTable csv = new CsvTable("Partnership", "Workspace", "Entry", "Category", "Score after controls", "Tolerance");
        for (PortfolioEntry e : portfolio.aboveTolerance()) {
            csv.row(e.partnership(), e.slug(), e.title(), e.category(), e.residualScore(), e.tolerance());
        }
        return Downloads.of(Download.csv("risks-above-tolerance", csv));
    }
}
