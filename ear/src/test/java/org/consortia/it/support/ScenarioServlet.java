package org.consortia.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.consortia.identity.CouncilRole;
import org.consortia.partnership.LifecycleStage;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Builds a {@link Scenario} in the server for a test that uses the portal over HTTP or in a browser,
 * and answers with what it built (every public field of the scenario, as properties). Asked for
 * {@code entries=n}, it also adds n low-scored entries to partnership A's risk register, titled
 * "Entry <i>tag</i> 0" onwards; asked for {@code councilRepresentatives=appointed}, it appoints the
 * Head of Service as the council's officer representative in A and the other Head of Service as its
 * elected member there ({@code =signing} also names the officer the council's signatory); asked for
 * {@code memorandum=written}, it writes every heading of A's Memorandum; asked for
 * {@code secretariat=appointed}, it appoints the other Head of Service as A's secretariat for the
 * council; asked for {@code approvalChain=named}, it names a council officer as A's officer
 * representative and adds a Director, the Heads of Financial and of Legal Services and a member of
 * the Executive for a business case's approval chain, a Portfolio Holder, an Acting Deputy Chief
 * Executive and a member of Overview &amp; Scrutiny; asked for
 * {@code entered=2026-08-31}, it records that the Council entered A that day and contributes to it
 * financially, A then performing; asked for {@code termsEnd=n}, it ends the terms of A's member
 * representative and B's chair n days from today; asked for {@code outsiderInBoth=terms}, it makes the
 * outsider's organisation a member of both partnerships and the outsider its representative in each,
 * their term ending in forty days in A and in ten in B. Deployed only with the tests, beside the portal (see {@link Deployments#portalWithScenarios()}).
 */
@WebServlet("/scenario")
public class ScenarioServlet extends HttpServlet {

    @Inject
    Fixtures fixtures;

    private void endsIn(int days, long representative) {
        fixtures.update("update Representative r set r.termEnd = ?1 where r.id = ?2", LocalDate.now().plusDays(days),
                representative);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Scenario scenario = new Scenario(fixtures);
        String entries = request.getParameter("entries");
        if (entries != null) {
            CurrentWorkspace.runIn(scenario.partnershipA,
                    () -> fixtures.lowRiskEntries(Integer.parseInt(entries), "Entry " + scenario.tag));
        }
        Properties built = new Properties();
        for (Field field : Scenario.class.getFields()) {
            try {
                built.setProperty(field.getName(), String.valueOf(field.get(scenario)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        String councilRepresentatives = request.getParameter("councilRepresentatives");
        if (councilRepresentatives != null) {
            CurrentWorkspace.runIn(scenario.partnershipA, () -> {
                long officer = fixtures.representative(scenario.councilMembershipOfA, scenario.headOfServiceId,
                        WorkspaceRole.OFFICER_REPRESENTATIVE);
                fixtures.representative(scenario.councilMembershipOfA, scenario.otherHeadOfServiceId,
                        WorkspaceRole.ELECTED_MEMBER);
                if (councilRepresentatives.equals("signing")) {
                    fixtures.nameSignatories(scenario.councilMembershipOfA, officer, null);
                }
            });
        }
        if ("appointed".equals(request.getParameter("secretariat"))) {
            CurrentWorkspace.runIn(scenario.partnershipA, () -> fixtures.representative(scenario.councilMembershipOfA,
                    scenario.otherHeadOfServiceId, WorkspaceRole.SECRETARIAT));
        }
        if ("written".equals(request.getParameter("memorandum"))) {
            CurrentWorkspace.runIn(scenario.partnershipA, fixtures::writtenMemorandum);
        }
        if ("named".equals(request.getParameter("approvalChain"))) {
            String officer = "officer-" + scenario.tag + "@example.org";
            long officerId = fixtures.account(officer, scenario.council);
            fixtures.inOneTransaction(() -> {
                fixtures.officerRepresentative(scenario.partnershipA, officerId);
                return null;
            });
            built.setProperty("officer", officer);
            for (CouncilRole role : List.of(CouncilRole.DIRECTOR, CouncilRole.HEAD_OF_FINANCE, CouncilRole.HEAD_OF_LEGAL,
                    CouncilRole.EXECUTIVE, CouncilRole.PORTFOLIO_HOLDER, CouncilRole.DEPUTY_CHIEF_EXECUTIVE,
                    CouncilRole.SCRUTINY)) {
                String email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + scenario.tag + "@example.org";
                fixtures.account(email, scenario.council, role);
                built.setProperty(role.name(), email);
            }
        }
        String entered = request.getParameter("entered");
        if (entered != null) {
            fixtures.changePartnership(scenario.partnershipA, partnership -> {
                partnership.setStage(LifecycleStage.PERFORMING);
                partnership.setCouncilEnteredOn(LocalDate.parse(entered));
                partnership.setCouncilContributes(true);
            });
        }
        String termsEnd = request.getParameter("termsEnd");
        if (termsEnd != null) {
            LocalDate ends = LocalDate.now().plusDays(Integer.parseInt(termsEnd));
            CurrentWorkspace.runIn(scenario.partnershipA, () -> fixtures.update(
                    "update Representative r set r.termEnd = ?1 where r.id = ?2", ends, scenario.memberOfARepresentative));
            CurrentWorkspace.runIn(scenario.partnershipB, () -> fixtures.update(
                    "update Representative r set r.termEnd = ?1 where r.id = ?2", ends, scenario.chairOfBRepresentative));
        }
        if ("terms".equals(request.getParameter("outsiderInBoth"))) {
            CurrentWorkspace.runIn(scenario.partnershipA, () -> endsIn(40, fixtures.representative(
                    fixtures.member(scenario.outsiderOrganisation), scenario.outsiderId, WorkspaceRole.MEMBER_REPRESENTATIVE)));
            CurrentWorkspace.runIn(scenario.partnershipB, () -> endsIn(10, fixtures.representative(
                    fixtures.member(scenario.outsiderOrganisation), scenario.outsiderId, WorkspaceRole.MEMBER_REPRESENTATIVE)));
        }
        response.setContentType("text/plain;charset=UTF-8");
        built.store(response.getWriter(), null);
    }
}
