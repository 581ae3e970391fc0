package org.consortia.web.businesscase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.history.HistoryEntry;
import org.consortia.web.chain.NumberedFormHistoryView;

/** Every saved change to the answers of a partnership's business case, newest first. */
@Named
@RequestScoped
public class BusinessCaseHistoryView extends NumberedFormHistoryView {

    @Inject
    BusinessCaseService cases;

    @Override
    protected List<HistoryEntry> historyOf(long partnershipId, Integer number) {
        return cases.history(partnershipId, number);
    }
}
