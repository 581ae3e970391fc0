package org.consortia.businesscase;

import java.util.List;
import org.consortia.forms.FormPdf;
import org.consortia.forms.FormStep;
import org.consortia.text.UkDates;

/** A business case as the framework lays out Appendix 2a, ending with the authorisation its chain recorded. */
final class BusinessCasePdf {

    private BusinessCasePdf() {
    }

    static byte[] write(BusinessCase businessCase) {
        List<List<String>> authorisation = businessCase.steps().stream().map(BusinessCasePdf::row).toList();
        return FormPdf.write(businessCase.partnershipName(), businessCase.businessCase(), authorisation);
    }

    private static List<String> row(FormStep step) {
        return List.of(BusinessCaseStep.valueOf(step.getStep()).label(), step.getOutcome().label(),
                step.getDecidedBy().getName(), UkDates.DAY_AND_TIME.format(step.getDecidedAt()),
                step.getComments() == null ? "" : step.getComments());
    }
}
