package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Organisation;
import org.consortia.identity.Sector;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.partnership.Theme;

/**
 * Writes the demo data, each part in its own transaction: workspace rows take their tenant from the
 * session, so each workspace is seeded in a transaction opened inside it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoSeeder {

    static final String PASSWORD = "consortia-demo";

    @PersistenceContext
    EntityManager entityManager;

    public boolean databaseIsEmpty() {
        return entityManager.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
    }

    /** Organisations, accounts and partnerships; returns the partnership ids by slug. */
    public Map<String, Long> seedCouncilData(String passwordHash) {
        Organisation council = organisation("Redditch Borough Council", Sector.PUBLIC, "District council");
        Organisation police = organisation("West Mercia Police", Sector.PUBLIC, "Police force");
        Organisation nhs = organisation("Herefordshire and Worcestershire Health and Care NHS Trust", Sector.PUBLIC,
                "NHS trust");
        Organisation bromsgrove = organisation("Bromsgrove District Council", Sector.PUBLIC, "District council");
        Organisation housing = organisation("Redditch Community Housing", Sector.VOLUNTARY_AND_COMMUNITY,
                "Housing association");
        Organisation voluntary = organisation("Redditch Voluntary Action", Sector.VOLUNTARY_AND_COMMUNITY,
                "Council for voluntary service");

        for (DemoLogin login : DemoData.LOGINS) {
            Organisation employer = switch (login.email()) {
                case "chair@consortia.test" -> police;
                case "member@consortia.test" -> nhs;
                case "vice.chair@consortia.test" -> housing;
                case "secretariat@consortia.test" -> voluntary;
                case "observer@consortia.test" -> bromsgrove;
                default -> council;
            };
            Account account = new Account(login.name(), login.email(), employer);
            account.setPasswordHash(passwordHash);
            account.setCouncilRoles(councilRolesOf(login.email()));
            if (Caller.mustUseSecondFactor(account.getCouncilRoles())) {
                account.useSecondFactor(DemoData.SECOND_FACTOR_KEY, -1, Instant.now());
            }
            entityManager.persist(account);
        }
        Account headOfService = account("head.of.service@consortia.test");
        Account officer = account("officer@consortia.test");

        Partnership safety = new Partnership("Redditch Community Safety Partnership", "community-safety",
                PartnershipType.COLLABORATIVE, LegalStatus.NO_SEPARATE_LEGAL_IDENTITY, LocalDate.of(2019, 4, 1));
        safety.setStatutory(true);
        safety.setSignificant(true);
        safety.setStage(LifecycleStage.PERFORMING);
        safety.setPurpose("Reduce crime, disorder and anti-social behaviour in the borough.");
        safety.setGeographicalArea("Borough of Redditch");
        safety.setThemes(EnumSet.of(Theme.COMMUNITY_SAFETY, Theme.CHILDREN_AND_YOUNG_PEOPLE));
        safety.setClientGroups("Residents, victims of crime, young people at risk");
        safety.setAccountableTo("Redditch Borough Council; West Mercia Police and Crime Commissioner");
        safety.setHeadOfService(headOfService);
        safety.setOfficerRepresentative(officer);
        safety.setOfficerContact("01527 64252");
        safety.setProposedEndDate(LocalDate.of(2029, 3, 31));
        safety.setCouncilEnteredOn(LocalDate.of(2025, 11, 12));
        safety.setReportingFrequency(ReportingFrequency.SIX_MONTHLY);
        safety.setCouncilContributes(true);
        safety.setCorporatePlanContribution("Safe communities: fewer people feel unsafe in their neighbourhood.");
        safety.setCommunityStrategyContribution("Stronger and safer communities.");
        safety.setLocalAreaAgreementContribution("NI 21: dealing with local concerns about anti-social behaviour.");
        safety.setFundingSources("Community Safety Fund; partner contributions");
        safety.setCouncilResources(Map.of(CouncilResource.FINANCE, "£25,000 a year",
                CouncilResource.STAFF, "Community safety manager (0.5 FTE)",
                CouncilResource.ACCOMMODATION, "Meeting rooms at the Town Hall"));

        Partnership strategic = new Partnership("Redditch Partnership", "redditch-partnership",
                PartnershipType.COLLABORATIVE, LegalStatus.UNINCORPORATED_ASSOCIATION, LocalDate.of(2008, 6, 1));
        strategic.setSignificant(true);
        strategic.setStage(LifecycleStage.PERFORMING);
        strategic.setPurpose("The Local Strategic Partnership: delivers the Sustainable Community Strategy.");
        strategic.setGeographicalArea("Borough of Redditch");
        strategic.setThemes(EnumSet.of(Theme.ECONOMY_AND_REGENERATION, Theme.HEALTH_AND_WELLBEING, Theme.HOUSING));
        strategic.setOfficerRepresentative(officer);
        strategic.setCommunityStrategyContribution("Owns and monitors the Sustainable Community Strategy.");

        Partnership shared = new Partnership("Shared Services Board", "shared-services",
                PartnershipType.JOINT, LegalStatus.JOINT_COMMITTEE, LocalDate.of(2010, 1, 1));
        shared.setSignificant(true);
        shared.setStage(LifecycleStage.FORMING);
        shared.setPurpose("Oversees shared services between Redditch Borough Council and Bromsgrove District Council.");
        shared.setThemes(EnumSet.of(Theme.ECONOMY_AND_REGENERATION));
        shared.setHeadOfService(headOfService);
        shared.setCouncilResources(Map.of(CouncilResource.IT, "Shared ICT service", CouncilResource.PAYROLL,
                "Shared payroll"));

        Map<String, Long> ids = new LinkedHashMap<>();
        for (Partnership partnership : List.of(safety, strategic, shared)) {
            partnership.setPublished(true);
            entityManager.persist(partnership);
            entityManager.flush();
            ids.put(partnership.getSlug(), partnership.getId());
        }
        return ids;
    }

    /** Members and representatives of one workspace; call inside that workspace. */
    public void seedWorkspace(String slug) {
        LocalDate termStart = LocalDate.of(2024, 5, 1);
        LocalDate termEnd = LocalDate.of(2028, 4, 30);
        switch (slug) {
            case "community-safety" -> {
                Membership council = member("Redditch Borough Council");
                Membership police = member("West Mercia Police");
                Membership nhs = member("Herefordshire and Worcestershire Health and Care NHS Trust");
                Membership housing = member("Redditch Community Housing");
                Membership voluntary = member("Redditch Voluntary Action");
                police.nameSignatories(appoint(police, "chair@consortia.test", WorkspaceRole.CHAIR, termStart, termEnd),
                        null);
                housing.nameSignatories(appoint(housing, "vice.chair@consortia.test", WorkspaceRole.VICE_CHAIR,
                        termStart, termEnd), null);
                council.nameSignatories(appoint(council, "officer@consortia.test", WorkspaceRole.OFFICER_REPRESENTATIVE,
                        termStart, null), appoint(council, "elected.member@consortia.test", WorkspaceRole.ELECTED_MEMBER,
                        termStart, termEnd));
                nhs.nameSignatories(appoint(nhs, "member@consortia.test", WorkspaceRole.MEMBER_REPRESENTATIVE, termStart,
                        termEnd), null);
                voluntary.nameSignatories(appoint(voluntary, "secretariat@consortia.test", WorkspaceRole.SECRETARIAT,
                        termStart, null), null);
            }
            case "redditch-partnership" -> {
                Membership council = member("Redditch Borough Council");
                Membership voluntary = member("Redditch Voluntary Action");
                member("Redditch Community Housing");
                council.nameSignatories(appoint(council, "officer@consortia.test", WorkspaceRole.OFFICER_REPRESENTATIVE,
                        termStart, null), null);
                voluntary.nameSignatories(appoint(voluntary, "secretariat@consortia.test", WorkspaceRole.CHAIR,
                        termStart, termEnd), null);
            }
            case "shared-services" -> {
                member("Redditch Borough Council");
                Membership bromsgrove = member("Bromsgrove District Council");
                appoint(bromsgrove, "observer@consortia.test", WorkspaceRole.OBSERVER, termStart, null);
            }
            default -> throw new IllegalArgumentException("No demo workspace " + slug);
        }
    }

    private static EnumSet<CouncilRole> councilRolesOf(String email) {
        return switch (email) {
            case "admin@consortia.test" -> EnumSet.of(CouncilRole.ADMIN);
            case "strategy@consortia.test" -> EnumSet.of(CouncilRole.STRATEGY);
            case "head.of.service@consortia.test" -> EnumSet.of(CouncilRole.HEAD_OF_SERVICE);
            case "cmt@consortia.test" -> EnumSet.of(CouncilRole.CMT);
            case "executive@consortia.test" -> EnumSet.of(CouncilRole.EXECUTIVE);
            case "scrutiny@consortia.test" -> EnumSet.of(CouncilRole.SCRUTINY);
            case "director@consortia.test" -> EnumSet.of(CouncilRole.DIRECTOR);
            case "finance@consortia.test" -> EnumSet.of(CouncilRole.HEAD_OF_FINANCE);
            case "legal@consortia.test" -> EnumSet.of(CouncilRole.HEAD_OF_LEGAL);
            case "portfolio.holder@consortia.test" -> EnumSet.of(CouncilRole.PORTFOLIO_HOLDER);
            case "deputy.chief@consortia.test" -> EnumSet.of(CouncilRole.DEPUTY_CHIEF_EXECUTIVE);
            default -> EnumSet.noneOf(CouncilRole.class);
        };
    }

    private Organisation organisation(String name, Sector sector, String type) {
        Organisation organisation = new Organisation(name, sector, type);
        entityManager.persist(organisation);
        return organisation;
    }

    private Account account(String email) {
        return entityManager.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    private Membership member(String organisationName) {
        Organisation organisation = entityManager.createQuery(
                        "select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", organisationName)
                .getSingleResult();
        Membership membership = new Membership(organisation, LocalDate.of(2019, 4, 1));
        entityManager.persist(membership);
        return membership;
    }

    private Representative appoint(Membership membership, String email, WorkspaceRole role, LocalDate start,
            LocalDate end) {
        Representative representative = new Representative(membership, account(email), role, start, end);
        entityManager.persist(representative);
        return representative;
    }
}
