package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.access.TransactionMemo;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;

/**
 * Actions arising from meetings that are past their deadline and not done, each due from its owner;
 * an action of a closed item only from an owner who may still read closed items. The open actions
 * are read once per transaction, for this and for each owner's line on the attention panel.
 */
@ApplicationScoped
public class MeetingActionDues implements DueSource {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    TransactionMemo memo;

    private record OpenIn(long workspace) {
    }

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        List<MeetingAction> overdue = open().stream()
                .filter(action -> action.getDueOn() != null && action.getDueOn().isBefore(today)).toList();
        if (overdue.isEmpty()) {
            return List.of();
        }
        Set<Long> readClosed = representatives.allowedTo(Action.READ_CLOSED_ITEMS, today);
        return overdue.stream()
                .filter(action -> !action.getItem().isClosedSession() || readClosed.contains(action.getOwner().getId()))
                .map(action -> new DueItem("meeting-action-overdue:" + action.getId() + ":" + action.getDueOn(),
                        Set.of(action.getOwner().getId()), "Overdue: " + action.getDescription(),
                        "An action from " + action.getItem().getMeeting().getTitle() + " on "
                                + UkDates.day(action.getItem().getMeeting().day()) + ", due by "
                                + UkDates.day(action.getDueOn()) + ".",
                        "actions?show=OPEN&mine=true", action.getDueOn()))
                .toList();
    }

    /** Every open action that someone owns, the soonest due first. */
    List<MeetingAction> open() {
        return memo.computeIfAbsent(new OpenIn(CurrentWorkspace.tenant()), () -> List.copyOf(entityManager.createQuery(
                        "select a from MeetingAction a join fetch a.item i join fetch i.meeting"
                                + " where a.owner is not null and a.doneOn is null order by a.dueOn, a.id", MeetingAction.class)
                .getResultList()));
    }
}
