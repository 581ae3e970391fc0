package org.consortia.it.support;

import java.util.List;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.forms.AnswerEdit;
import org.consortia.forms.FormContents;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.CouncilRole;

/**
 * The people of a business case's approval chain beside a scenario: an officer representative of
 * partnership A, a Director, the Heads of Financial and of Legal Services and a member of the
 * Executive (the scenario's Head of Service is A's accountable Head of Service).
 */
public final class ApprovalChain {

    public final String officer;
    public final String director;
    public final String finance;
    public final String legal;
    public final String executive;
    public final long officerId;

    private final Scenario world;
    private final RunAs as;
    private final BusinessCaseService cases;

    public ApprovalChain(Fixtures fixtures, Scenario world, RunAs as, BusinessCaseService cases) {
        this.world = world;
        this.as = as;
        this.cases = cases;
        officer = "officer-" + world.tag + "@example.org";
        director = "director-" + world.tag + "@example.org";
        finance = "finance-" + world.tag + "@example.org";
        legal = "legal-" + world.tag + "@example.org";
        executive = "executive-" + world.tag + "@example.org";
        officerId = fixtures.account(officer, world.council);
        fixtures.account(director, world.council, CouncilRole.DIRECTOR);
        fixtures.account(finance, world.council, CouncilRole.HEAD_OF_FINANCE);
        fixtures.account(legal, world.council, CouncilRole.HEAD_OF_LEGAL);
        fixtures.account(executive, world.council, CouncilRole.EXECUTIVE);
        fixtures.inOneTransaction(() -> {
            fixtures.officerRepresentative(world.partnershipA, officerId);
            return null;
        });
    }

    /** Saves one answer to partnership A's case (or the questions before it) as the person. */
    public FormContents answer(String email, String template, String question, String value) {
        return as.user(email, () -> {
            FormContents form = template.equals(BusinessCaseService.CASE) ? cases.open(world.partnershipA).businessCase()
                    : cases.open(world.partnershipA).preCheck();
            return cases.save(world.partnershipA, template, List.of(new AnswerEdit(question, value, null, null,
                    form.answer(question).getVersion())));
        });
    }

    /** The officer answers what a submission needs: the nature of a case for setting up the partnership. */
    public void draftTheNature() {
        answer(officer, BusinessCaseService.CASE, "nature", "setting-up");
        answer(officer, BusinessCaseService.CASE, "name", "Redditch Youth Partnership");
        answer(officer, BusinessCaseService.CASE, "statutory", "no");
    }

    /** Takes partnership A's first case from its drafting to the Executive's approval. */
    public void approveTheFirstCase() {
        draftTheNature();
        as.user(officer, () -> cases.submit(world.partnershipA, null));
        as.user(world.headOfService, () -> cases.decide(world.partnershipA, BusinessCaseStep.SERVICE_AUTHORISATION,
                StepOutcome.AUTHORISED, null));
        as.user(finance, () -> cases.decide(world.partnershipA, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED,
                "Affordable."));
        as.user(legal, () -> cases.decide(world.partnershipA, BusinessCaseStep.LEGAL_ADVICE, StepOutcome.ADVISED,
                "Lawful."));
        as.user(executive, () -> cases.decide(world.partnershipA, BusinessCaseStep.EXECUTIVE_DECISION,
                StepOutcome.APPROVED, null));
    }
}
