package org.consortia.web.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.consortia.overview.OverviewRow;
import org.consortia.overview.OverviewRules;
import org.consortia.overview.OverviewService;
import org.consortia.overview.Rating;
import org.consortia.partnership.LifecycleStage;

/**
 * The council's overview of every partnership, filtered by stage and rating and sorted by name or the
 * worst first, as its address says, so that a filtered view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class OverviewView {

    @Inject
    OverviewService overview;

    private LifecycleStage stage;
    private Rating rating;
    private boolean worstFirst;
    private List<OverviewRow> rows;

    public void load() {
        rows = overview.rows(stage, rating == Rating.NOT_DUE ? null : rating, worstFirst);
    }

    public List<OverviewRow> getRows() {
        return rows;
    }

    public Map<String, String> getRules() {
        return OverviewRules.IN_WORDS;
    }

    public LifecycleStage[] getStages() {
        return LifecycleStage.values();
    }

    public List<Rating> getRatings() {
        return List.of(Rating.RED, Rating.AMBER);
    }

    /** The address of the CSV of the rows shown. */
    public String getCsvQuery() {
        return "stage=" + (stage == null ? "" : stage.name()) + "&rating=" + (rating == null ? "" : rating.name())
                + "&sort=" + (worstFirst ? "worst" : "name");
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getSort() {
        return worstFirst ? "worst" : "name";
    }

    public void setSort(String sort) {
        this.worstFirst = "worst".equals(sort);
    }
}
