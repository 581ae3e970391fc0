package org.consortia.attention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * One person's deadlines in one workspace, as their calendar shows them: their share of what is due
 * there that has a date. The caller has established who the person is (by their calendar's token).
 */
@Stateless
public class PersonalDeadlines {

    @Inject
    DueItems dueItems;

    /** In a transaction of its own, entered as the workspace so that its rows are read under its tenant; soonest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DueItem> of(long accountId, long partnershipId, LocalDate today) {
        return CurrentWorkspace.callIn(partnershipId, () -> dueItems.inCurrentWorkspace(today).stream()
                .filter(item -> item.isFor(accountId) && item.due() != null)
                .sorted(Comparator.comparing(DueItem::due))
                .toList());
    }
}
