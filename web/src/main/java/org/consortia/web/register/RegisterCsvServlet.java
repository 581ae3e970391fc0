package org.consortia.web.register;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.RegisterEntry;

/** The public register as a CSV download. */
@WebServlet("/register.csv")
public class RegisterCsvServlet extends HttpServlet {

    @Inject
    PartnershipService partnerships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"partnership-register.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\ufeff');
        out.write(CsvCells.row("Name", "Workspace", "Type", "Legal status", "Statutory", "Significant", "Stage",
                "Purpose", "Geographical area", "Themes", "Client groups", "Accountable to", "Head of Service",
                "Officer representative", "Start date", "Proposed end date", "Member organisations"));
        for (RegisterEntry entry : partnerships.register()) {
            out.write(CsvCells.row(entry.name(), entry.slug(), entry.type(), entry.legalStatus(),
                    entry.statutory() ? "Yes" : "No", entry.significant() ? "Yes" : "No", entry.stage(),
                    entry.purpose(), entry.geographicalArea(), String.join("; ", entry.themes()),
                    entry.clientGroups(), entry.accountableTo(), entry.headOfService(),
                    entry.officerRepresentative(), entry.startDate(), entry.proposedEndDate(),
                    String.join("; ", entry.memberOrganisations())));
        }
    }
}
