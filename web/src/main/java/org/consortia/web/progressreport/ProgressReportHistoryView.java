package org.consortia.web.progressreport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.history.HistoryEntry;
import org.consortia.progressreport.ProgressReportService;
import org.consortia.web.chain.NumberedFormHistoryView;

/** Every saved change to the answers of a partnership's progress report, newest first. */
@Named
@RequestScoped
public class ProgressReportHistoryView extends NumberedFormHistoryView {

    @Inject
    ProgressReportService reports;

    @Override
    protected List<HistoryEntry> historyOf(long partnershipId, Integer number) {
        return reports.history(partnershipId, number);
    }
}
