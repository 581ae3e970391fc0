package org.consortia.web.partnership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.consortia.identity.Account;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipFilter;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.Theme;
import org.consortia.web.register.CsvCells;

/**
 * The partnership database as a CSV download with every field of Appendix 7, filtered like the list
 * (the same query parameters). Council roles only: the service refuses anyone else.
 */
@WebServlet("/partnerships/export.csv")
public class DatabaseExportServlet extends HttpServlet {

    @Inject
    PartnershipService partnerships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PartnershipFilter filter;
        try {
            filter = new PartnershipFilter(request.getParameter("text"),
                    parse(request, "type", PartnershipType::valueOf), parse(request, "stage", LifecycleStage::valueOf),
                    parse(request, "statutory", Boolean::valueOf), parse(request, "significant", Boolean::valueOf),
                    parse(request, "headOfService", Long::valueOf), parse(request, "theme", Theme::valueOf));
        } catch (IllegalArgumentException badFilter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<Partnership> records = partnerships.export(filter);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"partnership-database.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\ufeff');
        List<Object> header = new ArrayList<>(List.of("Name", "Workspace", "Type", "Legal status", "Statutory",
                "Significant", "Lifecycle stage", "Purpose", "Geographical area", "Themes", "Client groups",
                "Elected Member contribution", "Accountable to", "Head of Service", "Officer representative",
                "Officer e-mail", "Officer contact", "Start date", "Proposed end date",
                "Corporate Plan contribution", "Sustainable Community Strategy contribution",
                "Local Area Agreement contribution", "Funding sources"));
        for (CouncilResource resource : CouncilResource.values()) {
            header.add("Council resources: " + resource.label());
        }
        out.write(CsvCells.row(header.toArray()));
        for (Partnership p : records) {
            List<Object> row = new ArrayList<>(List.of(p.getName(), p.getSlug(), p.getType().label(),
                    p.getLegalStatus().label(), yesNo(p.isStatutory()), yesNo(p.isSignificant()), p.getStage().label(),
                    text(p.getPurpose()), text(p.getGeographicalArea()),
                    String.join("; ", p.getThemes().stream().sorted().map(Theme::label).toList()),
                    text(p.getClientGroups()), text(p.getElectedMemberContribution()), text(p.getAccountableTo()),
                    name(p.getHeadOfService()), name(p.getOfficerRepresentative()),
                    p.getOfficerRepresentative() == null ? "" : p.getOfficerRepresentative().getEmail(),
                    text(p.getOfficerContact()), p.getStartDate(), text(p.getProposedEndDate()),
                    text(p.getCorporatePlanContribution()), text(p.getCommunityStrategyContribution()),
                    text(p.getLocalAreaAgreementContribution()), text(p.getFundingSources())));
            for (CouncilResource resource : CouncilResource.values()) {
                row.add(text(p.getCouncilResources().get(resource)));
            }
            out.write(CsvCells.row(row.toArray()));
        }
    }

    private static <T> T parse(HttpServletRequest request, String name, Function<String, T> parser) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : parser.apply(value);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }

    private static String name(Account account) {
        return account == null ? "" : account.getName();
    }
}
