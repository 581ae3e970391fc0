package org.consortia.web.partnership;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.consortia.export.CsvTable;
import org.consortia.export.Download;
import org.consortia.identity.Account;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipFilter;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.Theme;
import org.consortia.web.export.Downloads;

/**
 * The partnership database as a CSV download with every field of Appendix 7, filtered like the list
 * (the same query parameters), also served at /partnerships/export.csv. Council roles only: the
 * service refuses anyone else.
 */
@Path("/partnerships/export.csv")
public class DatabaseExportResource {

    @Inject
    PartnershipService partnerships;

    @GET
    @Produces("text/csv")
    public Response csv(@Context UriInfo address) {
        List<Partnership> records = partnerships.export(filterOf(address.getQueryParameters()));
        List<Object> headings = new ArrayList<>(List.of("Name", "Workspace", "Type", "Legal status", "Statutory",
                "Significant", "Lifecycle stage", "Purpose", "Geographical area", "Themes", "Client groups",
                "Elected Member contribution", "Accountable to", "Head of Service", "Officer representative",
                "Officer e-mail", "Officer contact", "Start date", "Proposed end date",
                "Corporate Plan contribution", "Sustainable Community Strategy contribution",
                "Local Area Agreement contribution", "Funding sources"));
        for (CouncilResource resource : CouncilResource.values()) {
            headings.add("Council resources: " + resource.label());
        }
        CsvTable csv = new CsvTable(headings);
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
            csv.row(row);
        }
        return Downloads.of(Download.csv("partnership-database", csv));
    }

    /** The list's filters; a value that names nothing is a bad request. */
    private static PartnershipFilter filterOf(MultivaluedMap<String, String> query) {
        try {
            return new PartnershipFilter(query.getFirst("text"),
                    parse(query, "type", PartnershipType::valueOf), parse(query, "stage", LifecycleStage::valueOf),
                    parse(query, "statutory", Boolean::valueOf), parse(query, "significant", Boolean::valueOf),
                    parse(query, "headOfService", Long::valueOf), parse(query, "theme", Theme::valueOf));
        } catch (IllegalArgumentException badFilter) {
            throw new BadRequestException("The filters in the address are not ones the database knows.");
        }
    }

    private static <T> T parse(MultivaluedMap<String, String> query, String name, Function<String, T> parser) {
        String value = query.getFirst(name);
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
