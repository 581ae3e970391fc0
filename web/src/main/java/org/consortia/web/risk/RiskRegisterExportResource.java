package org.consortia.web.risk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.consortia.risk.RegisterColumns;
import org.consortia.risk.RegisterExport;
import org.consortia.risk.RegisterPdf;
import org.consortia.risk.RegisterWorkbook;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskRegisterService;
import org.consortia.web.register.CsvCells;

/**
 * The workspace's risk register as CSV and as a workbook with every field, and as a PDF to print.
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
    public Response csv(@PathParam("slug") String slug) {
        RegisterExport export = register.export();
        StringBuilder csv = new StringBuilder("\ufeff");
        csv.append(CsvCells.row(RegisterColumns.HEADINGS.toArray()));
        for (RiskEntry entry : export.entries()) {
            csv.append(CsvCells.row(RegisterColumns.values(entry, export.tolerance()).toArray()));
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", slug, "csv");
    }

    @GET
    @Path("risks.xlsx")
    @Produces(XLSX)
    public Response workbook(@PathParam("slug") String slug) {
        return download(RegisterWorkbook.write(register.export()), XLSX, slug, "xlsx");
    }

    @GET
    @Path("risks.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("slug") String slug) {
        return download(RegisterPdf.write(register.export()), "application/pdf", slug, "pdf");
    }

    private static Response download(byte[] content, String type, String slug, String extension) {
        return Response.ok(content)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"risk-register-" + slug + "." + extension + "\"")
                .build();
    }
}
