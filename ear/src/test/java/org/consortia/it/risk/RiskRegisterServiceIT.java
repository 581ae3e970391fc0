package org.consortia.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.listing.PageRequest;
import org.consortia.risk.Allocation;
import org.consortia.risk.EntryKind;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.Perspective;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskRegisterService;
import org.consortia.risk.ScorePoint;
import org.consortia.risk.StandardCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keeping the joint risk register: the contingency rule, tolerance, owners, conflicts and isolation. */
@ExtendWith(ArquillianExtension.class)
class RiskRegisterServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(RiskRegisterServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    RiskRegisterService register;

    @Inject
    HistoryService history;

    @Inject
    org.consortia.risk.RiskPortfolioService portfolioService;

    @Inject
    org.consortia.attention.AttentionService attention;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private static RiskEntry entry(String title, Likelihood likelihood, Impact impact) {
        RiskEntry entry = new RiskEntry();
        entry.setKind(EntryKind.RISK);
        entry.setTitle(title);
        entry.setPerspective(Perspective.COUNCIL);
        entry.setCategory(StandardCategory.FINANCIAL.label());
        entry.setInherentLikelihood(likelihood);
        entry.setInherentImpact(impact);
        entry.setResidualLikelihood(likelihood);
        entry.setResidualImpact(impact);
        return entry;
    }

    private RiskEntry add(RiskEntry entry) {
        return as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.create(entry, world.partner, null));
    }

    @Test
    void aFilteredExportNamesItsFilterButNoOrganisationFromOutsideThePartnership() {
        assertEquals("risks only; owned by Partner " + world.tag, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.export(new RiskFilter(EntryKind.RISK, null, world.partner, null, null, false))).filteredBy());
        assertEquals("owned by an organisation that is not a member", as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.export(new RiskFilter(null, null, world.outsiderOrganisation, null, null, false)))
                .filteredBy(), "the export does not reveal other organisations' names");
        assertEquals(null, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.export(RiskFilter.none())).filteredBy());
    }

    @Test
    void aHighImpactEntryIsNotAssessedWithoutAContingencyPlanWhateverItsLikelihood() {
        RiskEntry rareButSevere = entry("Grant clawed back", Likelihood.RARE, Impact.SEVERE);
        rareButSevere.setStatus(EntryStatus.ASSESSED);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> add(rareButSevere));
        assertEquals(Map.of("contingencyPlan", "Enter a contingency plan: an assessed entry with a high impact (4 or 5)"
                + " before or after controls needs one, whatever its likelihood."), refused.messagesByField());

        rareButSevere.setStatus(EntryStatus.IDENTIFIED);
        RiskEntry identified = add(rareButSevere);
        identified.setStatus(EntryStatus.ASSESSED);
        identified.setContingencyPlan("Draw on the partners' reserves and renegotiate the grant.");
        RiskEntry assessed = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.update(identified, world.partner, null));
        assertEquals(EntryStatus.ASSESSED, assessed.getStatus());
    }

    @Test
    void aTransferredEntrySaysToWhomAndWhy() {
        RiskEntry transferred = entry("Venue liability", Likelihood.POSSIBLE, Impact.MINOR);
        transferred.setAllocation(Allocation.TRANSFERRED);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> add(transferred));
        assertEquals(Map.of("transferredTo", "Enter who the risk is transferred to.",
                "transferReason", "Enter why it is transferred."), refused.messagesByField());
    }

    @Test
    void theToleranceIsAgreedByTheChairAndMarksTheEntriesAboveIt() {
        assertEquals(12, as.inWorkspace(world.observerOfA, world.partnershipA, register::tolerance));
        RiskEntry high = add(entry("Partner withdraws", Likelihood.LIKELY, Impact.MAJOR));
        assertTrue(high.isAboveTolerance(12));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.setTolerance(12, 16));
        int tolerance = as.inWorkspace(world.observerOfA, world.partnershipA, register::tolerance);
        assertEquals(16, tolerance);
        assertFalse(high.isAboveTolerance(tolerance));
        assertThrows(AccessDeniedException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.setTolerance(16, 20)));
        assertThrows(InvalidInputException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.setTolerance(16, 26)));
        assertThrows(ConcurrentEditException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.setTolerance(12, 9)),
                "a change based on a tolerance someone else has since replaced");
        assertEquals(16, (int) as.inWorkspace(world.observerOfA, world.partnershipA, register::tolerance));
    }

    @Test
    void ownersAreAMemberOrganisationAndOneOfItsPeople() {
        InvalidInputException outsider = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> register.create(entry("x", Likelihood.RARE, Impact.MINOR),
                        world.outsiderOrganisation, null)));
        assertEquals(Map.of("ownerOrganisation", "Choose one of the partnership's member organisations."),
                outsider.messagesByField());
        InvalidInputException wrongPerson = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> register.create(entry("y", Likelihood.RARE, Impact.MINOR),
                        world.partner, world.outsiderId)));
        assertEquals(Map.of("owner", "Choose a person who works for the owner organisation."),
                wrongPerson.messagesByField());
        RiskEntry owned = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.create(entry("z", Likelihood.RARE, Impact.MINOR), world.partner, world.memberOfAId));
        assertEquals("Person " + world.memberOfA, as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.find(owned.getId())).getOwner().getName());
    }

    @Test
    void observersReadButDoNotEdit() {
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.create(entry("Observer's risk", Likelihood.RARE, Impact.MINOR), null, null)));
    }

    @Test
    void concurrentEditsOfOneEntryNeverOverwriteEachOther() {
        RiskEntry added = add(entry("Staff turnover", Likelihood.POSSIBLE, Impact.MODERATE));
        RiskEntry first = as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.find(added.getId()));
        RiskEntry second = as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.find(added.getId()));
        first.setResidualLikelihood(Likelihood.UNLIKELY);
        second.setResidualLikelihood(Likelihood.LIKELY);
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.update(first, world.partner, null));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> register.update(second, world.partner, null)));
        assertEquals(Likelihood.UNLIKELY, as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.find(added.getId())).getResidualLikelihood());

        List<HistoryEntry> moves = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.RISK_ENTRY, added.getId()));
        assertEquals(List.of(new FieldChange("Residual likelihood", "3 – Possible", "2 – Unlikely"),
                        new FieldChange("Score after controls", "9", "6")),
                moves.get(moves.size() - 1).changes(), "the history shows how the score moved");
    }

    @Test
    void theEntryShowsHowItsScoresMovedLeavingOutOtherChanges() {
        RiskEntry added = add(entry("Venue closes", Likelihood.LIKELY, Impact.MAJOR));
        added.setResidualLikelihood(Likelihood.POSSIBLE);
        RiskEntry lowered = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.update(added, world.partner, null));
        lowered.setDescription("Only the main hall is affected.");
        RiskEntry described = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.update(lowered, world.partner, null));
        described.setResidualImpact(Impact.MODERATE);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.update(described, world.partner, null));

        List<ScorePoint> trail = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.scoreTrail(added.getId()));
        assertEquals(List.of(16, 12, 9), trail.stream().map(ScorePoint::residualScore).toList());
        assertEquals(List.of(16, 16, 16), trail.stream().map(ScorePoint::inherentScore).toList());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> register.scoreTrail(added.getId())));
    }

    @Test
    void theListFiltersByCategoryOwnerScoreAndOverdueReview() {
        RiskEntry overdue = entry("Overdue review", Likelihood.LIKELY, Impact.MAJOR);
        overdue.setReviewDate(LocalDate.now().minusDays(1));
        add(overdue);
        RiskEntry low = entry("Low score", Likelihood.RARE, Impact.MINOR);
        low.setCategory("Data sharing");
        add(low);
        assertEquals(List.of("Overdue review"), titles(new RiskFilter(null, null, null, null, null, true)));
        assertEquals(List.of("Overdue review"), titles(new RiskFilter(null, null, null, null, 13, false)));
        assertEquals(List.of("Low score"), titles(new RiskFilter(null, null, null, null, 1, 12, false, null, null, false)),
                "a band of scores, both ends included");
        assertEquals(List.of("Overdue review"),
                titles(new RiskFilter(null, null, null, null, 16, 16, false, null, null, false)));
        assertEquals(List.of("Low score"), titles(new RiskFilter(null, "Data sharing", null, null, null, false)));
        assertEquals(List.of("Low score", "Overdue review"),
                titles(new RiskFilter(null, null, world.partner, null, null, false)));
        assertEquals(List.of("Overdue review", "Low score"), as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.search(RiskFilter.none(), new PageRequest(0, 50, "residualScore", false))).items()
                .stream().map(RiskEntry::getTitle).toList(), "highest score after controls first");

        low.setResidualLikelihood(Likelihood.ALMOST_CERTAIN);
        low.setResidualImpact(Impact.SEVERE);
        low.setStatus(EntryStatus.IDENTIFIED);
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.update(low, world.partner, null));
        assertEquals(List.of("Low score", "Overdue review"), titles(new RiskFilter(null, null, null, null, 13, false)),
                "the stored score follows an edit");
    }

    @Test
    void anEntryPastItsReviewDateNeedsItsOwnersAttention() {
        RiskEntry overdue = entry("Premises lease", Likelihood.POSSIBLE, Impact.MINOR);
        overdue.setReviewDate(LocalDate.now().minusDays(3));
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.create(overdue, world.partner, world.memberOfAId));
        assertTrue(attentionTitles(world.memberOfA).contains("Review \"Premises lease\""));
        assertFalse(attentionTitles(world.chairOfA).contains("Review \"Premises lease\""), "only the owner is asked");
    }

    private List<String> attentionTitles(String email) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .map(org.consortia.attention.AttentionItem::title).toList();
    }

    @Test
    void actionsHaveAResponsiblePersonAndADeadlineAndShowWhenOverdue() {
        RiskEntry risk = add(entry("Volunteers leave", Likelihood.LIKELY, Impact.MODERATE));
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.addAction(risk.getId(),
                "Recruit two more volunteers", world.memberOfAId, LocalDate.now().minusDays(2)));
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.addAction(risk.getId(),
                "Thank-you event", null, LocalDate.now().plusMonths(1)));
        List<org.consortia.risk.MitigationAction> actions = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.actionsOf(risk.getId()));
        assertEquals(List.of("Recruit two more volunteers", "Thank-you event"),
                actions.stream().map(org.consortia.risk.MitigationAction::getDescription).toList());
        assertTrue(actions.get(0).isOverdue(LocalDate.now()));
        assertFalse(actions.get(1).isOverdue(LocalDate.now()));
        assertTrue(attentionTitles(world.memberOfA).contains("Finish \"Recruit two more volunteers\""),
                "the person responsible is asked to finish an overdue action");
        assertFalse(attentionTitles(world.chairOfA).contains("Finish \"Recruit two more volunteers\""));

        as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> register.completeAction(actions.get(0).getId(), actions.get(0).getVersion()));
        assertFalse(as.inWorkspace(world.observerOfA, world.partnershipA, () -> register.actionsOf(risk.getId()))
                .get(0).isOverdue(LocalDate.now()), "a done action is never overdue");
        assertFalse(attentionTitles(world.memberOfA).contains("Finish \"Recruit two more volunteers\""),
                "a done action asks nobody");

        InvalidInputException outsider = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> register.addAction(risk.getId(), "x", world.outsiderId,
                        LocalDate.now())));
        assertEquals(Map.of("responsible", "Choose one of the partnership's representatives."),
                outsider.messagesByField());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> register.addAction(risk.getId(), " ", null, null)));
        assertEquals(Map.of("description", "Describe the action.", "deadline", "Enter the deadline."),
                empty.messagesByField());
        int before = as.inWorkspace(world.memberOfA, world.partnershipA, () -> register.actionsOf(risk.getId())).size();
        InvalidInputException controlAndPast = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> register.addAction(risk.getId(), "Pay\u0000 the invoice", null,
                        LocalDate.of(1900, 1, 1))));
        assertEquals(Map.of("description", "Remove the control characters: only letters, figures, punctuation,"
                + " spaces and line breaks are allowed here.", "deadline",
                "Enter a date between 1 January 1950 and 31 December 2199."), controlAndPast.messagesByField());
        assertEquals(before, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> register.actionsOf(risk.getId())).size(), "nothing was saved");
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> register.completeAction(actions.get(1).getId(), actions.get(1).getVersion())));
    }

    @Test
    void theCouncilSeesEntriesAboveEachPartnershipsToleranceAcrossAllWorkspaces() {
        RiskEntry high = add(entry("High " + world.tag, Likelihood.LIKELY, Impact.MAJOR));
        add(entry("Low " + world.tag, Likelihood.UNLIKELY, Impact.MINOR));
        long visitsBefore = fixtures.count("select count(v) from OversightVisit v");
        List<org.consortia.risk.PortfolioEntry> portfolio = as.user(world.cmt, portfolioService::aboveTolerance);
        List<org.consortia.risk.PortfolioEntry> ours = portfolio.stream()
                .filter(e -> e.partnershipId() == world.partnershipA).toList();
        assertEquals(List.of("High " + world.tag), ours.stream().map(org.consortia.risk.PortfolioEntry::title).toList());
        assertEquals(high.getId(), ours.get(0).entryId());
        assertEquals(16, ours.get(0).residualScore());
        assertEquals(world.slugA, ours.get(0).slug());
        assertTrue(fixtures.count("select count(v) from OversightVisit v") > visitsBefore, "the read is recorded");

        as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.setTolerance(12, 20));
        assertTrue(as.user(world.cmt, portfolioService::aboveTolerance).stream()
                .noneMatch(e -> e.partnershipId() == world.partnershipA), "each partnership's own tolerance counts");
        assertThrows(AccessDeniedException.class, () -> as.user(world.chairOfA, portfolioService::aboveTolerance));
        assertThrows(AccessDeniedException.class, () -> as.user(world.admin, portfolioService::aboveTolerance));
    }

    @Test
    void anotherWorkspacesEntryIsNotFound() {
        RiskEntry ofA = add(entry("A's secret", Likelihood.RARE, Impact.MINOR));
        assertThrows(RecordNotFoundException.class,
                () -> as.inWorkspace(world.chairOfB, world.partnershipB, () -> register.find(ofA.getId())));
        ofA.setTitle("Changed from B");
        assertThrows(RecordNotFoundException.class,
                () -> as.inWorkspace(world.chairOfB, world.partnershipB, () -> register.update(ofA, null, null)));
        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> register.search(RiskFilter.none(), PageRequest.firstPage(50))).items().isEmpty());
        assertEquals("A's secret", as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> register.find(ofA.getId())).getTitle());
        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB, () -> register.export()).entries().isEmpty(),
                "B's downloads hold none of A's entries");
    }

    @Test
    void categoriesThePartnersAddAreOfferedInTheirOwnRegisterOnly() {
        RiskEntry own = entry("Shared data breach", Likelihood.POSSIBLE, Impact.MAJOR);
        own.setCategory("Information governance");
        add(own);
        RiskEntry sameInOtherCapitals = entry("Lost laptop", Likelihood.UNLIKELY, Impact.MAJOR);
        sameInOtherCapitals.setCategory("information GOVERNANCE");
        add(sameInOtherCapitals);
        List<String> offeredToA = as.inWorkspace(world.observerOfA, world.partnershipA, () -> register.categories());
        assertEquals(StandardCategory.FINANCIAL.label(), offeredToA.get(0), "the framework's categories come first");
        assertTrue(offeredToA.contains("Information governance"));
        assertEquals(offeredToA.size(), offeredToA.stream().map(String::toLowerCase).distinct().count(),
                "each category once, whatever its capitals");
        assertEquals(List.of("Lost laptop", "Shared data breach"),
                titles(new RiskFilter(null, "Information governance", null, null, null, false)));
        assertFalse(as.inWorkspace(world.chairOfB, world.partnershipB, () -> register.categories())
                .contains("Information governance"));
    }

    private List<String> titles(RiskFilter filter) {
        return as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> register.search(filter, new PageRequest(0, 50, "title", true))).items().stream()
                .map(RiskEntry::getTitle).toList();
    }
}
