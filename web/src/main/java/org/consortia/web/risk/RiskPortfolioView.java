package org.consortia.web.risk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.risk.PortfolioEntry;
import org.consortia.risk.RiskPortfolioService;

/** The council's view of entries above tolerance across all partnerships. */
@Named
@RequestScoped
public class RiskPortfolioView {

    @Inject
    RiskPortfolioService portfolio;

    private List<PortfolioEntry> entries;

    public void load() {
        entries = portfolio.aboveTolerance();
    }

    public List<PortfolioEntry> getEntries() {
        return entries;
    }
}
