package org.consortia.web.risk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.risk.EntryKind;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.HeatMap;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskFilter;
import org.consortia.risk.RiskRegisterService;
import org.consortia.risk.ScoreBand;
import org.consortia.web.faces.Choices;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.faces.LazyPages;
import org.consortia.web.tenancy.WorkspacePage;
import org.primefaces.model.LazyDataModel;

/**
 * The register list with its filters, and the heat map whose cells filter the list. The filters
 * live in the page's address, so a filtered list can be bookmarked and shared, and the downloads
 * choose the entries it shows.
 */
@Named
@ViewScoped
public class RiskRegisterView implements Serializable {

    @Inject
    RiskRegisterService register;

    @Inject
    MembershipService membership;

    @Inject
    WorkspacePage workspacePage;

    private EntryKind kind;
    private String category;
    private Long ownerOrganisationId;
    private EntryStatus status;
    private Integer minimumScore;
    private Integer maximumScore;
    private boolean overdueOnly;
    private Likelihood likelihood;
    private Impact impact;
    private boolean inherentCell;

    private HeatMap heatMap;
    private transient List<HeatMapTable> heatMapTables;
    private List<SelectItem> owners;
    private List<String> categories;

    private final LazyDataModel<RiskEntry> model = new LazyPages<>("title",
            request -> register.search(filter(), request), RiskEntry::getId);

    /** Reads the heat-map cell from the address, if the user came from one. */
    public void load() {
        heatMap = register.heatMap();
        owners = Choices.of(membership.memberships().stream().filter(Membership::isCurrent).toList(),
                member -> member.getOrganisation().getId(), member -> member.getOrganisation().getName());
        categories = register.categories();
    }

    public List<String> getCategories() {
        return categories;
    }

    private RiskFilter filter() {
        return new RiskFilter(kind, category, ownerOrganisationId, status, minimumScore, maximumScore, overdueOnly,
                likelihood, impact, inherentCell);
    }

    /** Opens the list at the address of the filters chosen, unless the score band runs backwards. */
    public void applyFilters() throws IOException {
        if (minimumScore != null && maximumScore != null && minimumScore > maximumScore) {
            FieldMessages.error("filters:maximumScore",
                    "The band runs from a lower score to a higher one: enter " + minimumScore + " or more.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if ((likelihood == null) != (impact == null)) {
            FieldMessages.error(likelihood == null ? "filters:likelihood" : "filters:impact",
                    "Choose both a likelihood and an impact to see one cell of the heat map, or neither.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect(workspacePage.link("risks") + getQuery());
    }

    public void clearFilters() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(workspacePage.link("risks"));
    }

    /** The filters shown, as the query of the page's address and of its downloads; "" when none. */
    public String getQuery() {
        return RegisterQuery.of(filter());
    }

    /** The heat map's bands, for its key. */
    public ScoreBand[] getBands() {
        return ScoreBand.values();
    }

    public int getTolerance() {
        return heatMap.tolerance();
    }

    public boolean aboveTolerance(RiskEntry entry) {
        return entry.isAboveTolerance(heatMap.tolerance());
    }

    public LazyDataModel<RiskEntry> getModel() {
        return model;
    }

    /** Both heat maps as drawn; worked out again after a form post rather than kept with the page. */
    public List<HeatMapTable> getHeatMapTables() {
        if (heatMapTables == null) {
            heatMapTables = HeatMapTable.both(heatMap, workspacePage.link("risks"));
        }
        return heatMapTables;
    }

    public List<SelectItem> getOwners() {
        return owners;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public void setOwnerOrganisationId(Long ownerOrganisationId) {
        this.ownerOrganisationId = ownerOrganisationId;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
        this.status = status;
    }

    public Integer getMinimumScore() {
        return minimumScore;
    }

    public void setMinimumScore(Integer minimumScore) {
        this.minimumScore = minimumScore;
    }

    public Integer getMaximumScore() {
        return maximumScore;
    }

    public void setMaximumScore(Integer maximumScore) {
        this.maximumScore = maximumScore;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public Likelihood getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Likelihood likelihood) {
        this.likelihood = likelihood;
    }

    public Impact getImpact() {
        return impact;
    }

    public void setImpact(Impact impact) {
        this.impact = impact;
    }

    public boolean isInherentCell() {
        return inherentCell;
    }

    public void setInherentCell(boolean inherentCell) {
        this.inherentCell = inherentCell;
    }
}
