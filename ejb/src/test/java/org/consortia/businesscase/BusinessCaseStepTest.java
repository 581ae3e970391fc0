package org.consortia.businesscase;

import static org.consortia.forms.StepOutcome.ADVISED;
import static org.consortia.forms.StepOutcome.APPROVED;
import static org.consortia.forms.StepOutcome.AUTHORISED;
import static org.consortia.forms.StepOutcome.DEMONSTRATED;
import static org.consortia.forms.StepOutcome.NOT_DEMONSTRATED;
import static org.consortia.forms.StepOutcome.REJECTED;
import static org.consortia.forms.StepOutcome.RETURNED;
import static org.consortia.forms.StepOutcome.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.junit.jupiter.api.Test;

class BusinessCaseStepTest {

    private static BusinessCaseStep after(boolean review, StepOutcome... recorded) {
        return BusinessCaseStep.after(List.of(recorded), review);
    }

    @Test
    void aCaseForAPartnershipGoesThroughEveryStepOfTheChainInOrder() {
        assertEquals(BusinessCaseStep.DRAFTING, after(false));
        assertEquals(BusinessCaseStep.SERVICE_AUTHORISATION, after(false, SUBMITTED));
        assertEquals(BusinessCaseStep.FINANCIAL_ADVICE, after(false, SUBMITTED, AUTHORISED));
        assertEquals(BusinessCaseStep.LEGAL_ADVICE, after(false, SUBMITTED, AUTHORISED, ADVISED));
        assertEquals(BusinessCaseStep.EXECUTIVE_DECISION, after(false, SUBMITTED, AUTHORISED, ADVISED, ADVISED));
        assertNull(after(false, SUBMITTED, AUTHORISED, ADVISED, ADVISED, APPROVED));
        assertNull(after(false, SUBMITTED, AUTHORISED, ADVISED, ADVISED, REJECTED));
    }

    @Test
    void aReturnAtAnyStepSendsTheCaseBackToItsDrafterAndTheChainStartsAgain() {
        assertEquals(BusinessCaseStep.DRAFTING, after(false, SUBMITTED, AUTHORISED, ADVISED, RETURNED));
        assertEquals(BusinessCaseStep.SERVICE_AUTHORISATION, after(false, SUBMITTED, AUTHORISED, ADVISED, RETURNED,
                SUBMITTED));
    }

    @Test
    void aReviewGoesFromItsDrafterToTheHeadOfServicesJudgement() {
        assertEquals(BusinessCaseStep.REVIEW_DECISION, after(true, SUBMITTED));
        assertNull(after(true, SUBMITTED, DEMONSTRATED));
        assertNull(after(true, SUBMITTED, NOT_DEMONSTRATED));
        assertEquals(BusinessCaseStep.DRAFTING, after(true, SUBMITTED, RETURNED));
        assertTrue(BusinessCaseStep.REVIEW_DECISION.headOfServices() && BusinessCaseStep.SERVICE_AUTHORISATION.headOfServices());
        assertFalse(BusinessCaseStep.EXECUTIVE_DECISION.headOfServices());
    }

    @Test
    void nothingIsRecordedAfterADecision() {
        assertThrows(IllegalStateException.class, () -> after(true, SUBMITTED, DEMONSTRATED, SUBMITTED));
        assertThrows(IllegalStateException.class, () -> after(false, SUBMITTED, AUTHORISED, ADVISED, ADVISED, APPROVED,
                RETURNED));
    }

    @Test
    void reasonsAreRequiredWhereAnOutcomeIsNothingWithoutThemAndEachOutcomeLeavesTheFormInItsState() {
        assertEquals(List.of(ADVISED, RETURNED, REJECTED, NOT_DEMONSTRATED, StepOutcome.COMMENTED),
                List.of(StepOutcome.values()).stream().filter(StepOutcome::needsComments).toList());
        assertEquals(FormState.APPROVED, DEMONSTRATED.leavesFormIn());
        assertEquals(FormState.REJECTED, NOT_DEMONSTRATED.leavesFormIn());
        assertEquals(FormState.RETURNED, RETURNED.leavesFormIn());
        assertEquals(FormState.SUBMITTED, ADVISED.leavesFormIn());
        assertEquals(FormState.RECEIVED, StepOutcome.REPORTED.leavesFormIn());
        assertEquals(FormState.RECEIVED, StepOutcome.COMMENTED.leavesFormIn());
    }
}
