package org.consortia.progressreport;

import static org.consortia.forms.StepOutcome.APPROVED;
import static org.consortia.forms.StepOutcome.COMMENTED;
import static org.consortia.forms.StepOutcome.REPORTED;
import static org.consortia.forms.StepOutcome.RETURNED;
import static org.consortia.forms.StepOutcome.SUBMITTED;
import static org.consortia.progressreport.ProgressReportStep.RECEIVED;
import static org.consortia.progressreport.ProgressReportStep.SUBMISSION;
import static org.consortia.progressreport.ProgressReportStep.WRITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.forms.StepOutcome;
import org.junit.jupiter.api.Test;

class ProgressReportStepTest {

    private static ProgressReportStep after(StepOutcome... outcomes) {
        return ProgressReportStep.after(List.of(outcomes));
    }

    @Test
    void aReportGoesFromItsWriterToTheHeadOfServiceAndIsThenReceived() {
        assertEquals(WRITING, after());
        assertEquals(SUBMISSION, after(SUBMITTED));
        assertEquals(RECEIVED, after(SUBMITTED, REPORTED));
        assertEquals(RECEIVED, after(SUBMITTED, REPORTED, COMMENTED, COMMENTED));
    }

    @Test
    void aReturnSendsItBackToItsWriter() {
        assertEquals(WRITING, after(SUBMITTED, RETURNED));
        assertEquals(SUBMISSION, after(SUBMITTED, RETURNED, SUBMITTED));
    }

    @Test
    void noStepIsSkippedAndNothingButCommentsFollowsReceipt() {
        assertThrows(IllegalStateException.class, () -> after(REPORTED));
        assertThrows(IllegalStateException.class, () -> after(COMMENTED));
        assertThrows(IllegalStateException.class, () -> after(SUBMITTED, REPORTED, RETURNED));
        assertThrows(IllegalStateException.class, () -> after(SUBMITTED, APPROVED));
    }

    @Test
    void onlyTheSubmissionIsTheHeadOfServicesAndCommentsNeedWords() {
        assertTrue(SUBMISSION.headOfServices());
        assertEquals(List.of(SUBMISSION), List.of(ProgressReportStep.values()).stream()
                .filter(ProgressReportStep::headOfServices).toList());
        assertTrue(COMMENTED.needsComments() && RETURNED.needsComments());
    }
}
