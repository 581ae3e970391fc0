package org.consortia.web.annualreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.annualreport.AnnualReportFigures;
import org.consortia.annualreport.AnnualReportRead;
import org.consortia.annualreport.AnnualReportService;
import org.consortia.partnership.LifecycleStage;
import org.consortia.web.faces.FieldMessages;

/**
 * One year's annual report: its figures, each chart beside its numbers; for its authors the analysis
 * and recommendations to write and agree; once issued, the comments of those it is for.
 */
@Named
@ViewScoped
public class AnnualReportView implements Serializable {

    @Inject
    AnnualReportService reports;

    private Integer year;
    private AnnualReportRead report;
    private String analysis;
    private String recommendations;
    private long loadedVersion;
    private String comments;

    public void load() {
        if (report == null) {
            show(reports.open(year));
        }
    }

    private void show(AnnualReportRead read) {
        report = read;
        analysis = read.analysis();
        recommendations = read.recommendations();
        loadedVersion = read.version();
    }

    public void save() {
        try {
            show(reports.save(year, analysis, recommendations, loadedVersion));
            FieldMessages.info("The analysis and recommendations have been saved.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("text", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "What you typed is still in the boxes below: copy it before you reload"
                    + " the page.");
        }
    }

    public void agree() {
        if (!Objects.equals(typed(analysis), report.analysis())
                || !Objects.equals(typed(recommendations), report.recommendations())) {
            FieldMessages.error("text:agree", "Save your changes first: you agree the text as saved, and they are not"
                    + " saved yet.");
            return;
        }
        try {
            show(reports.agree(year, loadedVersion));
            FieldMessages.info(report.issued() ? "Both authors have agreed the report: it has been issued to the"
                    + " Corporate Management Team and the Executive." : "Your agreement has been recorded: the report is"
                    + " issued once its other author agrees it too.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("text", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Nothing was agreed.");
        }
    }

    public void comment() {
        try {
            show(reports.comment(year, comments));
            comments = null;
            FieldMessages.info("Your comments have been added.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("comment", invalid);
        } catch (AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Your comments are still in the box below.");
        }
    }

    private static String typed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The widest bar of the chart of scores, for drawing each bar to scale. */
    public int getLargestSection() {
        return Math.max(1, report.figures().sections().stream().mapToInt(AnnualReportFigures.SectionScores::scored)
                .max().orElse(1));
    }

    public int getLargestStage() {
        return Math.max(1, report.figures().byStage().values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    /** The share of the chart's width a count takes, as a CSS percentage. */
    public String width(int count, int largest) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / largest);
    }

    public List<LifecycleStage> getStages() {
        return List.of(LifecycleStage.values());
    }

    public AnnualReportRead getReport() {
        return report;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
