package org.consortia.leaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.consortia.forms.StepOutcome;
import org.consortia.partnership.DecidingBody;
import org.consortia.partnership.ExitReason;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipType;
import org.junit.jupiter.api.Test;

class ExitReportStepTest {

    @Test
    void theReportIsWithTheOfficerUntilSubmittedThenOpenToComments() {
        assertEquals(ExitReportStep.WRITING, ExitReportStep.after(List.of()));
        assertEquals(ExitReportStep.RECEIVED, ExitReportStep.after(List.of(StepOutcome.SUBMITTED)));
        assertEquals(ExitReportStep.RECEIVED, ExitReportStep.after(List.of(StepOutcome.SUBMITTED, StepOutcome.COMMENTED,
                StepOutcome.COMMENTED)));
        assertThrows(IllegalStateException.class, () -> ExitReportStep.after(List.of(StepOutcome.COMMENTED)));
        assertThrows(IllegalStateException.class, () -> ExitReportStep.after(List.of(StepOutcome.SUBMITTED,
                StepOutcome.SUBMITTED)));
    }

    @Test
    void aPartnershipIsEndingUntilTheDayInvolvementEndsAndEndedFromThatDay() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        Partnership later = new Partnership("A", "a", PartnershipType.COLLABORATIVE, LegalStatus.NO_SEPARATE_LEGAL_IDENTITY,
                LocalDate.of(2024, 4, 1));
        later.decideToLeave(today, DecidingBody.EXECUTIVE, ExitReason.ACHIEVED, today.plusDays(1), today);
        assertEquals(LifecycleStage.ENDING, later.getStage());
        Partnership now = new Partnership("B", "b", PartnershipType.COLLABORATIVE, LegalStatus.NO_SEPARATE_LEGAL_IDENTITY,
                LocalDate.of(2024, 4, 1));
        now.decideToLeave(today.minusDays(30), DecidingBody.FULL_COUNCIL, ExitReason.REPLACED, today, today);
        assertEquals(LifecycleStage.ENDED, now.getStage());
    }
}
