package org.consortia.web.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consortia.risk.HeatMap;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.ScoreBand;

/**
 * One of the register's two heat maps (before controls or after them) as the page draws it: every
 * cell's count, colour, link and spoken label worked out once, rather than by expressions evaluated
 * cell by cell as the page is drawn.
 */
public record HeatMapTable(String id, String caption, String scrollLabel, List<Impact> impacts, List<Row> rows) {

    /** A likelihood's row, from the top of the grid (almost certain) down. */
    public record Row(String likelihood, List<Cell> cells) {
    }

    /** A cell: the link is null where no entry falls in it. */
    public record Cell(int count, String cssClass, String link, String spokenLabel) {
    }

    public static List<HeatMapTable> both(HeatMap map, String registerLink) {
        return List.of(of(map, false, registerLink), of(map, true, registerLink));
    }

    private static HeatMapTable of(HeatMap map, boolean inherent, String registerLink) {
        List<Row> rows = new ArrayList<>();
        List<Likelihood> likelihoods = new ArrayList<>(List.of(Likelihood.values()));
        Collections.reverse(likelihoods);
        for (Likelihood likelihood : likelihoods) {
            List<Cell> cells = new ArrayList<>();
            for (Impact impact : Impact.values()) {
                cells.add(cell(map, inherent, likelihood, impact, registerLink));
            }
            rows.add(new Row(likelihood.label(), cells));
        }
        String when = inherent ? "before" : "after";
        return new HeatMapTable("heat-" + (inherent ? "inherent" : "residual"),
                (inherent ? "Before controls (inherent)" : "After controls (residual)") + ": open entries by likelihood and impact",
                "Heat map " + when + " controls, scrollable", List.of(Impact.values()), rows);
    }

    private static Cell cell(HeatMap map, boolean inherent, Likelihood likelihood, Impact impact, String registerLink) {
        int count = inherent ? map.inherentCount(likelihood, impact) : map.residualCount(likelihood, impact);
        ScoreBand band = map.band(likelihood, impact);
        boolean above = map.aboveTolerance(likelihood, impact);
        String cssClass = band.cssClass() + (above ? " cell-above" : "");
        if (count == 0) {
            return new Cell(0, cssClass, null, null);
        }
        String link = registerLink + "?likelihood=" + likelihood + "&impact=" + impact + "&inherent=" + inherent;
        String spoken = count + " entries, likelihood " + likelihood.label() + ", impact " + impact.label() + ", "
                + band.label() + (above ? ", above tolerance" : "");
        return new Cell(count, cssClass, link, spoken);
    }
}
