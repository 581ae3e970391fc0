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
import java.nio.charset.StandardCharsets;
import org.consortia.risk.RegisterColumns;
import org.consortia.risk.RegisterExport;
import org.consortia.risk.RegisterPdf;
import org.consortia.risk.RegisterWorkbook;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskRegisterService;
import org.consortia.web.register.CsvCells;

/**
 * The workspace's risk register as CSV and as a workbook with every field, and as a PDF to print:
 * the entries the register page's filters chose, given in the same query as the page's address.
 * The workspace filter has set the workspace and answered 404 to anyone outside it; the service
 * checks again.
 */
@Path("/w/{slug}")
public class RiskRegisterExportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RiskRegisterService register;

    @GET
    @Path("risks.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        StringBuilder csv = new StringBuilder("\ufeff");
        csv.append(CsvCells.row(RegisterColumns.HEADINGS.toArray()));
        for (RiskEntry entry : export.entries()) {
            csv.append(CsvCells.row(RegisterColumns.values(entry, export.tolerance()).toArray()));
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", slug, export, "csv");
    }

    @GET
    @Path("risks.xlsx")
    @Produces(XLSX)
    public Response workbook(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        return download(RegisterWorkbook.write(export), XLSX, slug, export, "xlsx");
    }

    @GET
    @Path("risks.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("slug") String slug, @Context UriInfo address) {
        RegisterExport export = register.export(filterOf(address));
        return download(RegisterPdf.write(export), "application/pdf", slug, export, "pdf");
    }

    /** The filters of the list the download was asked from; a value that names nothing is a bad request. */
    private static RiskFilter filterOf(UriInfo address) {
        try {
            return RegisterQuery.parse(address.getQueryParameters()::getFirst);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("The filters in the address are not ones the register knows.");
        }
    }

    private static Response download(byte[] content, String type, String slug, RegisterExport export, String extension) {
        String name = "risk-register-" + slug + (export.filteredBy() == null ? "" : "-filtered") + "." + extension;
        return Response.ok(content)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
