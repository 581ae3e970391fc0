package org.consortia.web.risk;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.export.CsvTable;
import org.consortia.export.Download;
import org.consortia.risk.RegisterColumns;
import org.consortia.risk.RegisterExport;
import org.consortia.risk.RegisterPdf;
import org.consortia.risk.RegisterWorkbook;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskRegisterService;
import org.consortia.web.export.Downloads;

/**
 * The workspace's risk register as CSV and as a workbook with every field, and as a PDF to print:
 * the entries the register page's filters chose, given in the same query as the page's address.
 * The workspace filter has set the workspace and answered 404 to anyone outside it; the service
 * checks again.
 */
@Path("/w/{slug}")
public class RiskRegisterExportResource {

    @Inject
    RiskRegisterService register;

    @GET
    @Path("risks.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        CsvTable csv = new CsvTable(RegisterColumns.HEADINGS);
        export.entries().forEach(entry -> csv.row(RegisterColumns.values(entry, export.tolerance())));
        return Downloads.of(Download.csv(fileName(slug, export), csv));
    }

    @GET
    @Path("risks.xlsx")
    @Produces(Download.XLSX)
    public Response workbook(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        return Downloads.of(Download.workbook(fileName(slug, export), RegisterWorkbook.write(export)));
    }

    @GET
    @Path("risks.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        return Downloads.of(Download.pdf(fileName(slug, export), RegisterPdf.write(export)));
    }

    /** The filters of the list the download was asked from; a value that names nothing is a bad request. */
    private static RiskFilter filterOf(UriInfo address) {
        try {
            return RegisterQuery.parse(address.getQueryParameters()::getFirst);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("The filters in the address are not ones the register knows.");
        }
    }

    private static String fileName(String slug, RegisterExport export) {
        return "risk-register-" + slug + (export.filteredBy() == null ? "" : "-filtered");
    }
}
