package org.consortia.risk;

import java.io.Serializable;

/**
 * Counts of open entries by likelihood and impact, before controls and after them, with the
 * tolerance: cells whose score exceeds it stand out.
 */
public record HeatMap(int[][] inherent, int[][] residual, int tolerance) implements Serializable {

    public int inherentCount(Likelihood likelihood, Impact impact) {
        return inherent[likelihood.points() - 1][impact.points() - 1];
    }

    public int residualCount(Likelihood likelihood, Impact impact) {
        return residual[likelihood.points() - 1][impact.points() - 1];
    }

    /** The band of the cell's score: green, yellow, amber or red. */
    public ScoreBand band(Likelihood likelihood, Impact impact) {
        return ScoreBand.of(likelihood, impact);
    }

    public boolean aboveTolerance(Likelihood likelihood, Impact impact) {
        return likelihood.points() * impact.points() > tolerance;
    }
}
