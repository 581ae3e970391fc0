package org.consortia.annualreview;

import static org.consortia.annualreview.AnnualReviewStep.CONSIDERATION;
import static org.consortia.annualreview.AnnualReviewStep.EVALUATION;
import static org.consortia.annualreview.AnnualReviewStep.WRITING;
import static org.consortia.forms.StepOutcome.COMMENTED;
import static org.consortia.forms.StepOutcome.CONSIDERED;
import static org.consortia.forms.StepOutcome.EVALUATED;
import static org.consortia.forms.StepOutcome.RETURNED;
import static org.consortia.forms.StepOutcome.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.consortia.forms.FormState;
import org.consortia.forms.StepOutcome;
import org.junit.jupiter.api.Test;

class AnnualReviewStepTest {

    private static AnnualReviewStep after(StepOutcome... outcomes) {
        return AnnualReviewStep.after(List.of(outcomes));
    }

    @Test
    void aReviewGoesFromTheOfficerToTheHeadOfServiceAndThenTheCorporateManagementTeam() {
        assertEquals(WRITING, after());
        assertEquals(EVALUATION, after(SUBMITTED));
        assertEquals(CONSIDERATION, after(SUBMITTED, EVALUATED));
        assertNull(after(SUBMITTED, EVALUATED, CONSIDERED), "considered, the review is done");
        assertEquals(FormState.CONSIDERED, CONSIDERED.leavesFormIn());
    }

    @Test
    void eitherTheHeadOfServiceOrTheCorporateManagementTeamMayReturnItToTheOfficer() {
        assertEquals(WRITING, after(SUBMITTED, RETURNED));
        assertEquals(WRITING, after(SUBMITTED, EVALUATED, RETURNED));
        assertEquals(EVALUATION, after(SUBMITTED, EVALUATED, RETURNED, SUBMITTED));
    }

    @Test
    void noStepIsSkippedAndNothingFollowsConsideration() {
        assertThrows(IllegalStateException.class, () -> after(EVALUATED));
        assertThrows(IllegalStateException.class, () -> after(SUBMITTED, CONSIDERED));
        assertThrows(IllegalStateException.class, () -> after(SUBMITTED, EVALUATED, CONSIDERED, RETURNED));
        assertThrows(IllegalStateException.class, () -> after(SUBMITTED, COMMENTED));
    }

    @Test
    void onlyTheEvaluationIsTheHeadOfServices() {
        assertEquals(List.of(EVALUATION), List.of(AnnualReviewStep.values()).stream()
                .filter(AnnualReviewStep::headOfServices).toList());
    }
}
