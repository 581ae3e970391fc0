package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.forms.AnswerValues;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormState;
import org.consortia.forms.FormTemplates;
import org.consortia.forms.StepOutcome;
import org.consortia.forms.TemplateQuestion;
import org.consortia.identity.Account;

/**
 * The demo's business cases: the Community Safety Partnership's case, approved by the Executive in
 * November 2025 and so due for its yearly review; and the Shared Services Board's case, drafted and
 * submitted by its Head of Service, which therefore waits for a Director's authorisation.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoBusinessCase {

    @Inject
    FormTemplates templates;

    @Inject
    DemoForms forms;

    /** The Community Safety Partnership's approved case; call inside its workspace. */
    public void seedApproved() {
        forms.answer(BusinessCaseService.PRE_CHECK, FormState.DRAFT, Map.of("1", "yes", "2", "yes", "3a", "yes", "3b", "yes",
                "4", "yes", "5", "Crime and anti-social behaviour figures each quarter; residents' survey each year.",
                "6", "no", "7", "yes", "8", "yes", "9", "yes"));
        FilledForm approved = forms.answer(BusinessCaseService.CASE, FormState.APPROVED, Map.ofEntries(
                Map.entry("nature", "joining"),
                Map.entry("name", "Redditch Community Safety Partnership"),
                Map.entry("statutory", "yes"),
                Map.entry("reasons-1", "Reduce crime, disorder and anti-social behaviour in the borough."),
                Map.entry("reasons-4", "Redditch Borough Council; West Mercia Police and Crime Commissioner."),
                Map.entry("reasons-5", "A responsible authority under the Crime and Disorder Act 1998."),
                Map.entry("reasons-6", "Redditch Borough Council, West Mercia Police, the NHS trust, Redditch"
                        + " Community Housing and Redditch Voluntary Action."),
                Map.entry("options-1", "Each agency tackling crime and disorder on its own."),
                Map.entry("options-2", "The Act requires the responsible authorities to work together."),
                Map.entry("benefits-1", "Shared analysts and one action plan for the borough."),
                Map.entry("costs-1", financeOnly("25000", "A year from the community safety budget")),
                Map.entry("costs-3", "Ongoing: the partnership is statutory.")));
        Account officer = forms.account("officer@consortia.test");
        forms.step(approved, BusinessCaseStep.DRAFTING, StepOutcome.SUBMITTED, officer, "2025-10-06T09:30:00Z", null);
        forms.step(approved, BusinessCaseStep.SERVICE_AUTHORISATION, StepOutcome.AUTHORISED,
                forms.account("head.of.service@consortia.test"), "2025-10-09T14:00:00Z", "Fits the community services plan.");
        forms.step(approved, BusinessCaseStep.FINANCIAL_ADVICE, StepOutcome.ADVISED, forms.account("finance@consortia.test"),
                "2025-10-16T11:15:00Z", "£25,000 a year is within the community safety budget.");
        forms.step(approved, BusinessCaseStep.LEGAL_ADVICE, StepOutcome.ADVISED, forms.account("legal@consortia.test"),
                "2025-10-21T16:40:00Z", "Participation is a statutory duty; no further legal consequences.");
        forms.step(approved, BusinessCaseStep.EXECUTIVE_DECISION, StepOutcome.APPROVED, forms.account("executive@consortia.test"),
                "2025-11-12T19:00:00Z", "Approved at the Executive of 12 November 2025.");
    }

    /** The Shared Services Board's case, submitted by its Head of Service; call inside its workspace. */
    public void seedSubmitted() {
        forms.answer(BusinessCaseService.PRE_CHECK, FormState.DRAFT, Map.of("1", "yes", "2", "yes", "4", "yes",
                "6", "yes"));
        FilledForm submitted = forms.answer(BusinessCaseService.CASE, FormState.SUBMITTED, Map.of(
                "nature", "setting-up",
                "name", "Shared Services Board",
                "statutory", "no",
                "reasons-1", "Oversee the services Redditch and Bromsgrove share: ICT, payroll and revenues.",
                "options-1", "A contract under which one council provides the services to the other."));
        forms.step(submitted, BusinessCaseStep.DRAFTING, StepOutcome.SUBMITTED, forms.account("head.of.service@consortia.test"),
                "2026-11-23T10:00:00Z", "Ready for a Director: I drafted it myself.");
    }

    /** The table of resources the Council provides, with only its first row (finance) filled in. */
    private String financeOnly(String amount, String details) {
        TemplateQuestion question = templates.latest(BusinessCaseService.CASE).question("costs-1").orElseThrow();
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Map.of("amount", amount, "details", details));
        while (rows.size() < question.rows().size()) {
            rows.add(Map.of());
        }
        return AnswerValues.tableOf(question, rows);
    }
}
