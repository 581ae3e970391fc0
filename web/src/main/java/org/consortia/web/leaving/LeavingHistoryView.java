package org.consortia.web.leaving;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.history.HistoryEntry;
import org.consortia.leaving.LeavingService;
import org.consortia.web.chain.NumberedFormHistoryView;

/** Every saved change to the answers of a partnership's exit report, newest first. */
@Named
@RequestScoped
public class LeavingHistoryView extends NumberedFormHistoryView {

    @Inject
    LeavingService leaving;

    @Override
    protected List<HistoryEntry> historyOf(long partnershipId, Integer number) {
        return leaving.history(partnershipId);
    }
}
