package org.consortia.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskEntryTest {

    private static RiskEntry entry(Likelihood likelihood, Impact impact) {
        RiskEntry entry = new RiskEntry();
        entry.setInherentLikelihood(Likelihood.ALMOST_CERTAIN);
        entry.setInherentImpact(Impact.SEVERE);
        entry.setResidualLikelihood(likelihood);
        entry.setResidualImpact(impact);
        return entry;
    }

    @Test
    void scoresAreLikelihoodTimesImpactBeforeAndAfterControls() {
        RiskEntry entry = entry(Likelihood.UNLIKELY, Impact.MODERATE);
        assertEquals(25, entry.inherentScore());
        assertEquals(6, entry.residualScore());
    }

    @Test
    void theStoredScoresFollowEveryChangeOfScaleFromTheDefaultPositions() {
        RiskEntry entry = new RiskEntry();
        assertEquals(entry.getInherentLikelihood().points() * entry.getInherentImpact().points(), entry.inherentScore());
        assertEquals(entry.getResidualLikelihood().points() * entry.getResidualImpact().points(), entry.residualScore());
        entry.setResidualImpact(Impact.SEVERE);
        assertEquals(entry.getResidualLikelihood().points() * 5, entry.residualScore());
        entry.setResidualImpact(null);
        assertEquals(0, entry.residualScore());
    }

    @Test
    void onlyOpenEntriesWhoseResidualScoreExceedsTheToleranceStandOut() {
        RiskEntry entry = entry(Likelihood.LIKELY, Impact.MAJOR);
        assertTrue(entry.isAboveTolerance(12));
        assertFalse(entry.isAboveTolerance(16));
        entry.setStatus(EntryStatus.CLOSED);
        assertFalse(entry.isAboveTolerance(12));
    }

    @Test
    void assessedHighImpactEntriesNeedAContingencyPlanWhateverTheirLikelihood() {
        RiskEntry rareButSevere = entry(Likelihood.RARE, Impact.SEVERE);
        assertFalse(rareButSevere.needsContingencyPlan(), "not yet assessed");
        rareButSevere.setStatus(EntryStatus.ASSESSED);
        assertTrue(rareButSevere.needsContingencyPlan());

        RiskEntry minor = entry(Likelihood.ALMOST_CERTAIN, Impact.MINOR);
        minor.setInherentImpact(Impact.MODERATE);
        minor.setStatus(EntryStatus.ASSESSED);
        assertFalse(minor.needsContingencyPlan());
    }

    @Test
    void aReviewDateInThePastIsOverdueUntilTheEntryCloses() {
        RiskEntry entry = entry(Likelihood.POSSIBLE, Impact.MODERATE);
        entry.setReviewDate(LocalDate.of(2026, 11, 1));
        assertTrue(entry.isReviewOverdue(LocalDate.of(2026, 11, 26)));
        assertFalse(entry.isReviewOverdue(LocalDate.of(2026, 10, 31)));
        entry.setStatus(EntryStatus.CLOSED);
        assertFalse(entry.isReviewOverdue(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void theStandardCategoriesFollowTheTwoPerspectives() {
        assertEquals(4, StandardCategory.of(Perspective.COUNCIL).size());
        assertTrue(StandardCategory.of(Perspective.PARTNERSHIP).contains(StandardCategory.SEEN_AS_COUNCIL_LED));
    }
}
