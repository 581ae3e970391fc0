package org.consortia.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.consortia.identity.Account;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.PartnershipFilter;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.PartnershipSummary;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.Theme;
import org.consortia.web.faces.LazyPages;
import org.primefaces.model.LazyDataModel;

/**
 * The partnership database list: filters above a lazily loaded, sortable, paginated table. The
 * filters live in the page's address, so a filtered list can be bookmarked and shared, and the
 * download holds the partnerships it shows.
 */
@Named
@ViewScoped
public class PartnershipListView implements Serializable {

    @Inject
    PartnershipService partnerships;

    private String text;
    private PartnershipType type;
    private LifecycleStage stage;
    private Boolean statutory;
    private Boolean significant;
    private Long headOfServiceId;
    private Theme theme;
    private List<Account> headsOfService;
    private boolean mayCreate;

    private final LazyDataModel<PartnershipSummary> model = new LazyPages<>("name",
            request -> partnerships.search(filter(), request), PartnershipSummary::id);

    /** Runs before the page renders, so a refused caller gets the 403 page rather than an error. */
    public void load() {
        headsOfService = partnerships.headsOfService();
        mayCreate = partnerships.mayCreate();
    }

    private PartnershipFilter filter() {
        return new PartnershipFilter(text, type, stage, statutory, significant, headOfServiceId, theme);
    }

    /** The download address with the filters now applied, so the file holds what the list shows. */
    public String getExportLink() {
        return "/partnerships/export.csv" + getQuery();
    }

    /** The filters as the query of the page's address and its download: "?type=JOINT", or "" for none. */
    public String getQuery() {
        StringBuilder query = new StringBuilder("?");
        append(query, "text", text);
        append(query, "type", type == null ? null : type.name());
        append(query, "stage", stage == null ? null : stage.name());
        append(query, "statutory", statutory);
        append(query, "significant", significant);
        append(query, "headOfService", headOfServiceId);
        append(query, "theme", theme == null ? null : theme.name());
        return query.substring(0, query.length() - 1);
    }

    /** Opens the list at the address of the filters chosen. */
    public void applyFilters() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/partnerships/list" + getQuery());
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public void clearFilters() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/partnerships/list");
    }

    public LazyDataModel<PartnershipSummary> getModel() {
        return model;
    }

    public List<Account> getHeadsOfService() {
        return headsOfService;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PartnershipType getType() {
        return type;
    }

    public void setType(PartnershipType type) {
        this.type = type;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public Boolean getStatutory() {
        return statutory;
    }

    public void setStatutory(Boolean statutory) {
        this.statutory = statutory;
    }

    public Boolean getSignificant() {
        return significant;
    }

    public void setSignificant(Boolean significant) {
        this.significant = significant;
    }

    public Long getHeadOfServiceId() {
        return headOfServiceId;
    }

    public void setHeadOfServiceId(Long headOfServiceId) {
        this.headOfServiceId = headOfServiceId;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }
}
