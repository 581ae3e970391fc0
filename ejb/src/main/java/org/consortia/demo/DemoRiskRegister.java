package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import org.consortia.forms.AnswerValues;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.FormTemplate;
import org.consortia.forms.FormTemplates;
import org.consortia.forms.TemplateQuestion;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.risk.Allocation;
import org.consortia.risk.EntryKind;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.MitigationAction;
import org.consortia.risk.Perspective;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskTolerance;
import org.consortia.risk.StandardCategory;

/**
 * The Community Safety Partnership's joint risk register for the demo: risks and opportunities from
 * both perspectives, one above the partners' tolerance, one transferred, one past its review date,
 * actions done and overdue, and the first answers to the checklist. Dates follow today's, so the
 * demo always has something needing attention.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoRiskRegister {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    FormTemplates templates;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        LocalDate today = LocalDate.now();
        Organisation police = organisation("West Mercia Police");
        Organisation council = organisation("Redditch Borough Council");
        Organisation nhs = organisation("Herefordshire and Worcestershire Health and Care NHS Trust");
        Account chair = account("chair@consortia.test");
        Account officer = account("officer@consortia.test");
        Account member = account("member@consortia.test");

        RiskTolerance tolerance = new RiskTolerance();
        tolerance.setScore(12);
        entityManager.persist(tolerance);

        RiskEntry funding = entry(EntryKind.RISK, "Home Office grant for the Safer Streets scheme ends",
                Perspective.COUNCIL, StandardCategory.FINANCIAL, Likelihood.LIKELY, Impact.SEVERE,
                Likelihood.LIKELY, Impact.MAJOR, police, chair);
        funding.setCause("The grant is confirmed one year at a time.");
        funding.setEffect("Street wardens and CCTV monitoring stop; the council is asked to fill the gap.");
        funding.setTriggerPoints("No confirmation of next year's grant by the end of December.");
        funding.setContingencyPlan("Partners fund the wardens for six months from reserves while a bid is made.");
        funding.setStatus(EntryStatus.ASSESSED);
        funding.setReviewDate(today.plusMonths(2));
        entityManager.persist(funding);
        entityManager.persist(new MitigationAction(funding, "Bid to the Police and Crime Commissioner's fund", chair,
                today.minusDays(10)));
        MitigationAction costed = new MitigationAction(funding, "Cost the wardens service for six months", officer,
                today.minusMonths(1));
        costed.markDone(today.minusMonths(1).plusDays(3));
        entityManager.persist(costed);

        RiskEntry buyIn = entry(EntryKind.RISK, "Health partners stop attending the delivery group",
                Perspective.PARTNERSHIP, StandardCategory.LACK_OF_BUY_IN, Likelihood.POSSIBLE, Impact.MODERATE,
                Likelihood.UNLIKELY, Impact.MODERATE, nhs, member);
        buyIn.setCause("Winter pressures on the trust's staff.");
        buyIn.setTriggerPoints("Two meetings in a row without a health representative.");
        buyIn.setStatus(EntryStatus.ASSESSED);
        buyIn.setReviewDate(today.minusWeeks(2));
        entityManager.persist(buyIn);

        RiskEntry councilLed = entry(EntryKind.RISK, "The partnership is seen as a council project",
                Perspective.PARTNERSHIP, StandardCategory.SEEN_AS_COUNCIL_LED, Likelihood.POSSIBLE, Impact.MINOR,
                Likelihood.UNLIKELY, Impact.MINOR, council, officer);
        councilLed.setReviewDate(today.plusMonths(4));
        entityManager.persist(councilLed);

        RiskEntry insurance = entry(EntryKind.RISK, "Injury at a community clean-up day", Perspective.COUNCIL,
                StandardCategory.REPUTATIONAL, Likelihood.UNLIKELY, Impact.MAJOR, Likelihood.RARE, Impact.MAJOR,
                council, officer);
        insurance.setAllocation(Allocation.TRANSFERRED);
        insurance.setTransferredTo("Redditch Borough Council's public liability insurer");
        insurance.setTransferReason("The insurer is better placed to carry the cost of a claim.");
        insurance.setContingencyPlan("Report to the insurer within 24 hours and review the event risk assessment.");
        insurance.setStatus(EntryStatus.ASSESSED);
        insurance.setReviewDate(today.plusMonths(6));
        entityManager.persist(insurance);

        RiskEntry data = entry(EntryKind.OPPORTUNITY, "Shared data on anti-social behaviour hotspots",
                Perspective.PARTNERSHIP, null, Likelihood.LIKELY, Impact.MODERATE, Likelihood.LIKELY, Impact.MODERATE,
                police, chair);
        data.setCategory("Information sharing");
        data.setEffect("Patrols and youth work are sent where they are needed most.");
        data.setReviewDate(today.plusMonths(3));
        entityManager.persist(data);

        answerChecklist(Map.of(
                "1", new FormAnswerText("yes", "All statutory partners and the main voluntary groups are members."),
                "5", new FormAnswerText("partly", "Contingency plans exist for funding; none yet for a partner"
                        + " leaving.")));
    }

    private record FormAnswerText(String answer, String comments) {
    }

    private RiskEntry entry(EntryKind kind, String title, Perspective perspective, StandardCategory category,
            Likelihood inherentLikelihood, Impact inherentImpact, Likelihood residualLikelihood,
            Impact residualImpact, Organisation owner, Account ownerPerson) {
        RiskEntry entry = new RiskEntry();
        entry.setKind(kind);
        entry.setTitle(title);
        entry.setPerspective(perspective);
        entry.setCategory(category == null ? null : category.label());
        entry.setInherentLikelihood(inherentLikelihood);
        entry.setInherentImpact(inherentImpact);
        entry.setResidualLikelihood(residualLikelihood);
        entry.setResidualImpact(residualImpact);
        entry.setOwnerOrganisation(owner);
        entry.setOwner(ownerPerson);
        return entry;
    }

    /** Every question of the checklist, with the given ones answered. */
    private void answerChecklist(Map<String, FormAnswerText> answers) {
        FormTemplate template = templates.latest("risk-checklist");
        FilledForm form = new FilledForm(template, 1);
        entityManager.persist(form);
        for (TemplateQuestion question : template.questions()) {
            FormAnswer answer = new FormAnswer(form, question.id());
            FormAnswerText given = answers.get(question.id());
            if (given != null) {
                answer.setValue(AnswerValues.canonical(question, given.answer()));
                answer.setNote(given.comments());
            }
            entityManager.persist(answer);
        }
    }

    private Organisation organisation(String name) {
        return entityManager.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", name).getSingleResult();
    }

    private Account account(String email) {
        return entityManager.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email).getSingleResult();
    }
}
