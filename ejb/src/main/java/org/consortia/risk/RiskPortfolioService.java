package org.consortia.risk;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.AllWorkspaces;

/**
 * The council's portfolio view of the joint risk registers: every open entry above its own
 * partnership's tolerance, across all partnerships. Oversight roles only, through the audited path.
 */
@Stateless
public class RiskPortfolioService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AllWorkspaces allWorkspaces;

    /** What one read across the registers returns: open entries and each workspace's tolerance. */
    private record OpenEntries(List<Object[]> entries, Map<Long, Integer> tolerances) {
    }

    /** Entries above tolerance, highest score first; Strategy, CMT, Executive and Scrutiny. */
    public List<PortfolioEntry> aboveTolerance() {
        OpenEntries read = allWorkspaces.read(Action.VIEW_RISK_PORTFOLIO, "Risk portfolio above tolerance",
                session -> new OpenEntries(
                        session.createQuery("select e.partnershipId, e.id, e.title, e.category, e.residualScore"
                                        + " from RiskEntry e where e.status <> :closed", Object[].class)
                                .setParameter("closed", EntryStatus.CLOSED)
                                .getResultList(),
                        session.createQuery("select t.partnershipId, t.score from RiskTolerance t", Object[].class)
                                .getResultList().stream()
                                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1]))));
        List<Object[]> rows = read.entries();
        Map<Long, Integer> tolerances = read.tolerances();
        Map<Long, Partnership> partnerships = entityManager.createQuery("select p from Partnership p", Partnership.class)
                .getResultList().stream().collect(Collectors.toMap(Partnership::getId, p -> p));
        return rows.stream()
                .map(row -> {
                    long partnershipId = (Long) row[0];
                    int score = (Integer) row[4];
                    int tolerance = tolerances.getOrDefault(partnershipId, RiskTolerance.DEFAULT_SCORE);
                    Partnership partnership = partnerships.get(partnershipId);
                    return new PortfolioEntry(partnershipId, partnership.getName(), partnership.getSlug(),
                            (Long) row[1], (String) row[2], (String) row[3], score, tolerance);
                })
                .filter(entry -> entry.residualScore() > entry.tolerance())
                .sorted(Comparator.comparingInt(PortfolioEntry::residualScore).reversed()
                        .thenComparing(PortfolioEntry::partnership))
                .toList();
    }
}
