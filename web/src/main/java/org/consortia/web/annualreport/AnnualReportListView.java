package org.consortia.web.annualreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.annualreport.AnnualReport;
import org.consortia.annualreport.AnnualReportService;
import org.consortia.annualreport.AnnualReportSummary;
import org.consortia.web.faces.FieldMessages;

/** Every year's annual report the caller may read, and, for its authors, the start of a new year's. */
@Named
@ViewScoped
public class AnnualReportListView implements Serializable {

    @Inject
    AnnualReportService reports;

    private List<AnnualReportSummary> summaries;
    private boolean mayStart;
    private Integer year;

    public void load() {
        if (summaries != null) {
            return;
        }
        summaries = reports.list();
        mayStart = reports.mayProduce();
        year = reports.currentYear();
    }

    public String start() {
        try {
            reports.start(year == null ? -1 : year);
            return "/partnerships/annual-report?faces-redirect=true&year=" + year;
        } catch (InvalidInputException invalid) {
            FieldMessages.show("start", invalid);
        } catch (ConcurrentEditException started) {
            FieldMessages.conflict(started, "Nothing was started.");
        }
        return null;
    }

    /** The financial years a report may be started for, the newest first, as councils write them. */
    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int startsIn = reports.currentYear(); startsIn >= reports.currentYear() - 5; startsIn--) {
            years.add(startsIn);
        }
        return years;
    }

    public String label(int startsIn) {
        return AnnualReport.yearLabel(startsIn);
    }

    public List<AnnualReportSummary> getSummaries() {
        return summaries;
    }

    public boolean isMayStart() {
        return mayStart;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
