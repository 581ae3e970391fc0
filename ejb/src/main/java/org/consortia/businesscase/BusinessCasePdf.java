package org.consortia.businesscase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.chain.StepRows;
import org.consortia.forms.FormPdf;
import org.consortia.forms.FormStep;
import org.consortia.text.UkDates;

/** A business case as the framework lays out Appendix 2a, ending with the authorisation its chain recorded. */
final class BusinessCasePdf {

    private static final String PURPOSE = "Purpose of the report";
    private static final String REASONS = "Why the business case cannot be demonstrated";
    private static final String DECISION = "Decision required";
    private static final String CASE = "The business case as reviewed";

    private BusinessCasePdf() {
    }

    static byte[] write(BusinessCase businessCase) {
        return FormPdf.write(businessCase.partnershipName(), businessCase.businessCase(), authorisation(businessCase),
                null, linkLabels(businessCase));
    }

    /** The records the case's link answers point to, by name: its register and its documents. */
    private static Map<String, String> linkLabels(BusinessCase businessCase) {
        Map<String, String> labels = new HashMap<>();
        businessCase.linkTargets().values().forEach(targets -> targets.forEach(target ->
                labels.put(target.key(), target.label())));
        return labels;
    }

    /**
     * The report to the Executive via the Corporate Management Team (section 9): that the business
     * case for continuing cannot be demonstrated, why, and the case as reviewed.
     */
    static byte[] writeReport(BusinessCase review, FormStep judgement, String headOfService, String officer) {
        String name = review.partnershipName();
        String judged = UkDates.day(judgement.getDecidedAt());
        List<String> paragraphs = List.of(
                "Partnership: " + name,
                "Accountable Head of Service: " + (headOfService == null ? "not named" : headOfService),
                "Officer representative: " + (officer == null ? "not named" : officer),
                PURPOSE,
                "Section 9 of the Partnership Governance Framework requires the business case for continuing a"
                        + " partnership to be demonstrated annually, and a report to the Executive via the Corporate"
                        + " Management Team where it cannot be.",
                "The review of the business case for " + name + " (number " + review.number() + ") was judged by "
                        + judgement.getDecidedBy().getName() + " on " + judged + ": the business case for continuing"
                        + " the Council's participation cannot be demonstrated.",
                REASONS,
                judgement.getComments(),
                DECISION,
                "The Corporate Management Team is asked to consider this report and put it to the Executive. The"
                        + " Executive is asked to decide whether the Council continues in the partnership, with the"
                        + " actions needed to restore its business case, or whether its involvement ends (section 11,"
                        + " Leaving partnerships).",
                CASE,
                "The business case as the officer representative reviewed it, and its authorisation, follow.");
        return FormPdf.write(name, review.businessCase(), authorisation(review),
                new FormPdf.Cover("Report to the Executive via the Corporate Management Team", paragraphs,
                        List.of(PURPOSE, REASONS, DECISION, CASE)), linkLabels(review));
    }

    private static List<List<String>> authorisation(BusinessCase businessCase) {
        return StepRows.of(businessCase.steps(), BusinessCaseStep::valueOf);
    }
}
