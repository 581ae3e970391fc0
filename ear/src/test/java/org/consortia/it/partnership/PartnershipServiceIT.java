package org.consortia.it.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipName;
import org.consortia.partnership.PartnershipFilter;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.PartnershipSummary;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.partnership.RegisterEntry;
import org.consortia.partnership.Theme;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partnership database: who may create and edit records, validation, conflicts, search and history. */
@ExtendWith(ArquillianExtension.class)
class PartnershipServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(PartnershipServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    PartnershipService partnerships;

    @Inject
    WorkspaceAccess access;

    @Inject
    HistoryService history;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private Partnership draft(String slug) {
        Partnership partnership = Partnership.blank();
        partnership.setName("Healthy Redditch " + slug);
        partnership.setSlug(slug);
        partnership.setType(PartnershipType.HOST);
        partnership.setLegalStatus(LegalStatus.CHARITABLE_TRUST);
        partnership.setStartDate(LocalDate.of(2025, 4, 1));
        partnership.setProposedEndDate(LocalDate.of(2028, 3, 31));
        partnership.setThemes(EnumSet.of(Theme.HEALTH_AND_WELLBEING));
        partnership.setCouncilResources(Map.of(CouncilResource.STAFF, "Officer time, 2 days a month"));
        return partnership;
    }

    @Test
    void strategyCreatesAPartnershipWithEveryAppendixSevenField() {
        Partnership created = as.user(world.strategy,
                () -> partnerships.create(draft("healthy-" + world.tag), world.headOfServiceId, world.chairOfAId));
        Partnership found = as.user(world.cmt, () -> partnerships.find(created.getId()));
        assertEquals(PartnershipType.HOST, found.getType());
        assertEquals(LegalStatus.CHARITABLE_TRUST, found.getLegalStatus());
        assertEquals(EnumSet.of(Theme.HEALTH_AND_WELLBEING), found.getThemes());
        assertEquals("Officer time, 2 days a month", found.getCouncilResources().get(CouncilResource.STAFF));
        assertEquals(world.headOfServiceId, found.getHeadOfService().getId());
        assertEquals(LifecycleStage.FORMING, found.getStage());
    }

    @Test
    void onlyStrategyAndAdministratorsCreate() {
        assertThrows(AccessDeniedException.class,
                () -> as.user(world.headOfService, () -> partnerships.create(draft("x-" + world.tag), null, null)));
        assertThrows(AccessDeniedException.class,
                () -> as.user(world.chairOfA, () -> partnerships.create(draft("y-" + world.tag), null, null)));
        assertNotNull(as.user(world.admin, () -> partnerships.create(draft("z-" + world.tag), null, null)).getId());
    }

    @Test
    void handingThePartnershipToAnotherHeadOfServiceEndsTheFirstOnesRightOfEntryAtOnce() {
        // The workspace reads its partnership (cached) as itself; the edit is made outside any workspace.
        assertEquals(world.partnershipA, as.inWorkspace(world.headOfService, world.partnershipA, access::enter)
                .partnershipId());
        long successor = fixtures.count("select a.id from Account a where a.email = '" + world.otherHeadOfService + "'");
        Partnership record = as.user(world.strategy, () -> partnerships.find(world.partnershipA));
        as.user(world.strategy, () -> partnerships.update(record, successor, null));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.headOfService, world.partnershipA, access::enter));
        assertEquals(world.partnershipA, as.inWorkspace(world.otherHeadOfService, world.partnershipA, access::enter)
                .partnershipId());
    }

    @Test
    void theAccountableHeadOfServiceEditsTheirPartnershipButNoOther() {
        Partnership mine = as.user(world.headOfService, () -> partnerships.find(world.partnershipA));
        mine.setPurpose("Safer streets, reviewed by the Head of Service.");
        as.user(world.headOfService, () -> partnerships.update(mine, world.headOfServiceId, null));
        assertEquals("Safer streets, reviewed by the Head of Service.",
                as.user(world.cmt, () -> partnerships.find(world.partnershipA)).getPurpose());

        Partnership other = as.user(world.headOfService, () -> partnerships.find(world.partnershipB));
        other.setName("Renamed by the wrong person");
        assertThrows(AccessDeniedException.class,
                () -> as.user(world.headOfService, () -> partnerships.update(other, null, null)));
        assertThrows(AccessDeniedException.class,
                () -> as.user(world.otherHeadOfService, () -> partnerships.update(mine, world.headOfServiceId, null)));
        assertThrows(AccessDeniedException.class, () -> as.user(world.chairOfA, () -> partnerships.find(world.partnershipA)));
    }

    @Test
    void theAccountableHeadOfServiceDoesNotMoveTheirOwnReportingDeadlines() {
        Partnership mine = as.user(world.headOfService, () -> partnerships.find(world.partnershipA));
        mine.setStage(LifecycleStage.PERFORMING);
        mine.setCouncilEnteredOn(LocalDate.of(2026, 8, 31));
        mine.setReportingFrequency(ReportingFrequency.SIX_MONTHLY);
        mine.setPurpose("Safer streets for everyone.");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as.user(world.headOfService,
                () -> partnerships.update(mine, world.headOfServiceId, null, world.partnershipB)));
        assertEquals(Set.of("stage", "councilEnteredOn", "reportingFrequency", "parent"),
                refused.messagesByField().keySet());
        Partnership kept = as.user(world.cmt, () -> partnerships.find(world.partnershipA));
        assertNull(kept.getCouncilEnteredOn(), "a refused edit changes nothing");

        Partnership purposeOnly = as.user(world.headOfService, () -> partnerships.find(world.partnershipA));
        purposeOnly.setPurpose("Safer streets for everyone.");
        as.user(world.headOfService, () -> partnerships.update(purposeOnly, world.headOfServiceId, null, null));
        assertFalse(as.user(world.headOfService, () -> partnerships.maySetDeadlines()));

        Partnership byStrategy = as.user(world.strategy, () -> partnerships.find(world.partnershipA));
        byStrategy.setCouncilEnteredOn(LocalDate.of(2026, 8, 31));
        as.user(world.strategy, () -> partnerships.update(byStrategy, world.headOfServiceId, null));
        assertEquals(LocalDate.of(2026, 8, 31), as.user(world.cmt, () -> partnerships.find(world.partnershipA))
                .getCouncilEnteredOn(), "the Head of Strategy & Partnerships sets it");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        Partnership bad = draft("Not A Slug!");
        bad.setName("  ");
        bad.setPurpose("<script>alert('x')</script>");
        bad.setProposedEndDate(LocalDate.of(2020, 1, 1));
        bad.setClientGroups("x".repeat(1001));
        long before = fixtures.count("select count(p) from Partnership p");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as.user(world.strategy, () -> partnerships.create(bad, null, null)));
        Map<String, String> messages = refused.messagesByField();
        assertEquals(Map.of(
                "name", "Enter the partnership's name.",
                "slug", "Use only lower-case letters, numbers and single hyphens, for example \"community-safety\".",
                "purpose", "Remove the markup: angle brackets, character references and script links are not allowed here.",
                "proposedEndDate", "The end date must not be before the start date.",
                "clientGroups", "Enter no more than 1000 characters."), messages);
        assertEquals(before, fixtures.count("select count(p) from Partnership p"));
    }

    @Test
    void aWebAddressInUseIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as.user(world.strategy, () -> partnerships.create(draft(world.slugA), null, null)));
        assertEquals(Map.of("slug", "Another partnership already uses this web address name."), refused.messagesByField());
    }

    @Test
    void headsOfServiceComeWithTheirOrganisationForTheForms() {
        List<org.consortia.identity.Account> heads = as.user(world.strategy, partnerships::headsOfService);
        org.consortia.identity.Account head = heads.stream()
                .filter(account -> account.getEmail().equals(world.headOfService)).findFirst().orElseThrow();
        assertEquals("Council " + world.tag, head.getOrganisation().getName());
        assertTrue(heads.stream().noneMatch(account -> account.getEmail().equals(world.cmt)));
    }

    @Test
    void aHeadOfServiceMustHoldTheRole() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as.user(world.strategy,
                () -> partnerships.create(draft("r-" + world.tag), world.chairOfAId, null)));
        assertEquals(Map.of("headOfService", "Choose a Head of Service."), refused.messagesByField());
    }

    @Test
    void aSecondSaveFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        Partnership first = as.user(world.strategy, () -> partnerships.find(world.partnershipB));
        Partnership second = as.user(world.strategy, () -> partnerships.find(world.partnershipB));
        first.setPurpose("First person's purpose");
        second.setPurpose("Second person's purpose");
        as.user(world.strategy, () -> partnerships.update(first, null, null));
        assertThrows(ConcurrentEditException.class,
                () -> as.user(world.strategy, () -> partnerships.update(second, null, null)));
        assertEquals("First person's purpose",
                as.user(world.strategy, () -> partnerships.find(world.partnershipB)).getPurpose());
    }

    @Test
    void searchFiltersSortsAndPagesInTheDatabase() {
        for (int i = 0; i < 3; i++) {
            Partnership partnership = draft("s" + i + "-" + world.tag);
            partnership.setName("Zeta " + world.tag + " " + i);
            partnership.setStatutory(i == 1);
            as.user(world.strategy, () -> partnerships.create(partnership, world.headOfServiceId, null));
        }
        PartnershipFilter zetas = new PartnershipFilter("zeta " + world.tag, null, null, null, null, null, null);
        Page<PartnershipSummary> firstPage = as.user(world.cmt,
                () -> partnerships.search(zetas, new PageRequest(0, 2, "name", false)));
        assertEquals(3, firstPage.total());
        assertEquals(List.of("Zeta " + world.tag + " 2", "Zeta " + world.tag + " 1"),
                firstPage.items().stream().map(PartnershipSummary::name).toList());
        Page<PartnershipSummary> secondPage = as.user(world.cmt,
                () -> partnerships.search(zetas, new PageRequest(2, 2, "name", false)));
        assertEquals(List.of("Zeta " + world.tag + " 0"), secondPage.items().stream().map(PartnershipSummary::name).toList());

        PartnershipFilter statutory = new PartnershipFilter("zeta " + world.tag, PartnershipType.HOST, null, true, null,
                world.headOfServiceId, Theme.HEALTH_AND_WELLBEING);
        assertEquals(List.of("Zeta " + world.tag + " 1"), as.user(world.cmt,
                () -> partnerships.search(statutory, PageRequest.firstPage(10))).items().stream()
                .map(PartnershipSummary::name).toList());
        PartnershipFilter otherTheme = new PartnershipFilter("zeta " + world.tag, null, null, null, null, null,
                Theme.TRANSPORT);
        assertEquals(0, as.user(world.cmt, () -> partnerships.search(otherTheme, PageRequest.firstPage(10))).total());
        assertThrows(AccessDeniedException.class,
                () -> as.user(world.chairOfA, () -> partnerships.search(zetas, PageRequest.firstPage(10))));
    }

    @Test
    void aSubGroupBelongsToAPartnershipThatIsNoSubGroupItselfOneLevelDeep() {
        long third = fixtures.partnership("Third " + world.tag, "third-" + world.tag, null);
        Partnership b = as.user(world.strategy, () -> partnerships.find(world.partnershipB));
        as.user(world.strategy, () -> partnerships.update(b, null, null, world.partnershipA));
        assertEquals(world.partnershipA, as.user(world.strategy, () -> partnerships.find(world.partnershipB))
                .getParent().getId());
        assertEquals(List.of("Partnership B " + world.tag), as.user(world.cmt, () -> partnerships.subGroupsOf(world.partnershipA)));

        Partnership a = as.user(world.strategy, () -> partnerships.find(world.partnershipA));
        InvalidInputException hasSubGroups = assertThrows(InvalidInputException.class,
                () -> as.user(world.strategy, () -> partnerships.update(a, world.headOfServiceId, null, third)));
        assertTrue(hasSubGroups.messagesByField().get("parent").contains("has sub-groups of its own"));
        Partnership thirdRecord = as.user(world.strategy, () -> partnerships.find(third));
        InvalidInputException underASubGroup = assertThrows(InvalidInputException.class,
                () -> as.user(world.strategy, () -> partnerships.update(thirdRecord, null, null, world.partnershipB)));
        assertTrue(underASubGroup.messagesByField().get("parent").contains("not itself a sub-group"));
        assertThrows(InvalidInputException.class, () -> as.user(world.strategy,
                () -> partnerships.update(thirdRecord, null, null, third)), "nor of itself");
        assertThrows(InvalidInputException.class, () -> as.user(world.strategy,
                () -> partnerships.update(thirdRecord, null, null, Long.MAX_VALUE)), "nor of one that does not exist");
        assertNull(as.user(world.strategy, () -> partnerships.find(third)).getParent(), "a refused edit changes nothing");

        List<Long> candidates = as.user(world.strategy, () -> partnerships.parentCandidates(third)).stream()
                .map(PartnershipName::id).toList();
        assertTrue(candidates.contains(world.partnershipA) && !candidates.contains(world.partnershipB)
                && !candidates.contains(third), candidates.toString());
        assertThrows(AccessDeniedException.class, () -> as.user(world.chairOfA, () -> partnerships.parentCandidates(null)));

        Partnership bAgain = as.user(world.strategy, () -> partnerships.find(world.partnershipB));
        bAgain.setPurpose("Reports through A.");
        as.user(world.strategy, () -> partnerships.update(bAgain, null, null));
        assertEquals(world.partnershipA, as.user(world.strategy, () -> partnerships.find(world.partnershipB))
                .getParent().getId(), "an edit that does not name a parent keeps it");
    }

    @Test
    void anEditShowsInTheHistoryWithWhoWhenAndWhatChanged() {
        Partnership record = as.user(world.strategy, () -> partnerships.find(world.partnershipA));
        record.setStage(LifecycleStage.PERFORMING);
        record.setFundingSources("Lottery grant");
        record.setReportingFrequency(ReportingFrequency.SIX_MONTHLY);
        record.setCouncilEnteredOn(LocalDate.of(2026, 8, 31));
        as.user(world.strategy, () -> partnerships.update(record, world.headOfServiceId, null));

        List<HistoryEntry> entries = as.user(world.cmt,
                () -> history.historyOf(HistoricRecord.PARTNERSHIP, world.partnershipA));
        HistoryEntry last = entries.get(entries.size() - 1);
        assertEquals("Changed", last.kind());
        assertEquals("Person " + world.strategy, last.author());
        assertEquals("Council " + world.tag, last.organisation());
        assertEquals(List.of(new FieldChange("Stage", "Forming", "Performing"),
                new FieldChange("Council entered on", null, "31 August 2026"),
                new FieldChange("Reporting frequency", "Every year", "Every six months"),
                new FieldChange("Funding sources", null, "Lottery grant")), last.changes());

        List<HistoryEntry> seenByMember = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.PARTNERSHIP, world.partnershipA));
        assertEquals(entries.size(), seenByMember.size());
    }

    @Test
    void theRegisterShowsPublicFieldsAndMembersButNoContacts() {
        List<RegisterEntry> register = partnerships.register();
        RegisterEntry a = register.stream().filter(entry -> entry.slug().equals(world.slugA)).findFirst().orElseThrow();
        assertEquals(List.of("Council " + world.tag, "Partner " + world.tag), a.memberOrganisations());
        assertEquals("Person " + world.headOfService, a.headOfService());
        assertTrue(register.stream().noneMatch(entry -> entry.slug().equals(world.slugB)),
                "a partnership the council has not published is not on the register");
        assertEquals(List.of("Council " + world.tag), as.user(world.cmt,
                () -> partnerships.memberOrganisations(world.partnershipB)));
        assertFalse(RegisterEntry.class.getRecordComponents().length == 0);
        assertTrue(java.util.Arrays.stream(RegisterEntry.class.getRecordComponents())
                .noneMatch(component -> component.getName().contains("Contact") || component.getName().contains("Resource")));
    }

    @Test
    void onlyTheHeadOfStrategyPublishesAPartnershipOnTheRegister() {
        Partnership asHeadOfService = as.user(world.headOfService, () -> partnerships.find(world.partnershipA));
        asHeadOfService.setPublished(false);
        as.user(world.headOfService, () -> partnerships.update(asHeadOfService, world.headOfServiceId, null));
        assertTrue(partnerships.register().stream().anyMatch(entry -> entry.slug().equals(world.slugA)),
                "a Head of Service cannot take it off the register");

        Partnership asStrategy = as.user(world.strategy, () -> partnerships.find(world.partnershipB));
        asStrategy.setPublished(true);
        as.user(world.strategy, () -> partnerships.update(asStrategy, null, null));
        assertTrue(partnerships.register().stream().anyMatch(entry -> entry.slug().equals(world.slugB)));
    }
}
