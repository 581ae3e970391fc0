package org.consortia.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.consortia.mou.MouState;
import org.junit.jupiter.api.Test;

class OverviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theMemorandumIsRedWhenMissingOrPastReviewAmberUntilAgreedOrNearReviewAndGreenOtherwise() {
        assertEquals(Rating.RED, OverviewRules.memorandum(null, null, true, TODAY, "/m").rating());
        assertEquals(Rating.NOT_DUE, OverviewRules.memorandum(null, null, false, TODAY, "/m").rating());
        assertEquals(Rating.RED, OverviewRules.memorandum(MouState.AGREED, TODAY.minusDays(1), true, TODAY, "/m").rating());
        assertEquals(Rating.AMBER, OverviewRules.memorandum(MouState.AGREED, TODAY.plusDays(30), true, TODAY, "/m").rating());
        assertEquals(Rating.GREEN, OverviewRules.memorandum(MouState.AGREED, TODAY.plusDays(31), true, TODAY, "/m").rating());
        assertEquals(Rating.AMBER, OverviewRules.memorandum(MouState.DRAFT, null, true, TODAY, "/m").rating());
    }

    @Test
    void signaturesCountsAndDueDatesAreRatedByTheRulesOnThePage() {
        assertEquals(Rating.NOT_DUE, OverviewRules.conduct(0, 0, "/c").rating());
        assertEquals(Rating.RED, OverviewRules.conduct(4, 0, "/c").rating());
        assertEquals(Rating.AMBER, OverviewRules.conduct(4, 3, "/c").rating());
        assertEquals(Rating.GREEN, OverviewRules.conduct(4, 4, "/c").rating());
        assertEquals(Rating.GREEN, OverviewRules.count(0, "a", "b", "/r").rating());
        assertEquals(Rating.AMBER, OverviewRules.count(2, "a", "b", "/r").rating());
        assertEquals(Rating.RED, OverviewRules.count(3, "a", "b", "/r").rating());
        assertEquals("Report overdue since 3 December 2026",
                OverviewRules.dueBy("Report", TODAY.minusDays(1), 30, TODAY, "/p").text());
        assertEquals(Rating.AMBER, OverviewRules.dueBy("Report", TODAY, 30, TODAY, "/p").rating());
        assertEquals(Rating.AMBER, OverviewRules.dueBy("Report", TODAY.plusDays(30), 30, TODAY, "/p").rating());
        assertEquals(Rating.GREEN, OverviewRules.dueBy("Report", TODAY.plusDays(31), 30, TODAY, "/p").rating());
    }

    @Test
    void theWorseOfTwoRatingsIsNeverNotDue() {
        assertEquals(Rating.RED, Rating.GREEN.worse(Rating.RED));
        assertEquals(Rating.AMBER, Rating.NOT_DUE.worse(Rating.AMBER));
        assertEquals(Rating.GREEN, Rating.GREEN.worse(Rating.NOT_DUE));
    }
}
