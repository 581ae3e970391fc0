package org.consortia.web.progressreport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoryEntry;
import org.consortia.progressreport.ProgressReportService;

/** Every saved change to the answers of a partnership's progress report, newest first. */
@Named
@RequestScoped
public class ProgressReportHistoryView {

    @Inject
    ProgressReportService reports;

    private Long id;
    private Integer number;
    private List<HistoryEntry> newestFirst;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        newestFirst = reports.history(id, number);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public List<HistoryEntry> getNewestFirst() {
        return newestFirst;
    }
}
