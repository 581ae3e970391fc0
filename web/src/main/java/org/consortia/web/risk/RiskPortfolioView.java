package org.consortia.web.risk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.consortia.risk.PortfolioEntry;
import org.consortia.risk.RiskPortfolioService;

/**
 * The council's view of entries above tolerance across all partnerships, read once per visit of the
 * page and then paged and sorted in memory.
 */
@Named
@ViewScoped
public class RiskPortfolioView implements Serializable {

    @Inject
    RiskPortfolioService portfolio;

    private List<PortfolioEntry> entries;

    public void load() {
        // The table sorts the list in place.
        entries = new ArrayList<>(portfolio.aboveTolerance());
    }

    public List<PortfolioEntry> getEntries() {
        return entries;
    }
}
