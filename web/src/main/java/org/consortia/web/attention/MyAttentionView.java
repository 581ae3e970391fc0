package org.consortia.web.attention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.tenancy.WorkspaceSummary;
import org.consortia.text.UkDates;
import org.consortia.web.tenancy.WorkspaceSwitcher;

/**
 * The home page's list of what needs the person's attention across all their workspaces. Each
 * workspace is read in a transaction of its own, entered as that workspace, so its rows are read
 * under its own tenant as on its own pages (see {@link AttentionService#forWorkspace}).
 */
@Named
@RequestScoped
public class MyAttentionView {

    /** One workspace's items. */
    public record WorkspaceItems(WorkspaceSummary workspace, List<AttentionItem> items) {

        /** The earliest deadline among the items (they come soonest first), or null where none has one. */
        LocalDate soonest() {
            return items.get(0).due();
        }
    }

    @Inject
    WorkspaceSwitcher switcher;

    @Inject
    AttentionService attention;

    private List<WorkspaceItems> byWorkspace;

    /** An item's deadline in words: overdue since, due today, or due by the day. */
    public String when(AttentionItem item) {
        LocalDate today = LocalDate.now(UkDates.LONDON);
        if (item.due().isBefore(today)) {
            return "Overdue since " + UkDates.day(item.due());
        }
        return item.due().equals(today) ? "Due today" : "Due by " + UkDates.day(item.due());
    }

    /**
     * The workspaces with something needing attention, each with its items: the workspace with the
     * earliest deadline first, those without deadlines in the workspaces' order after them.
     */
    public List<WorkspaceItems> getByWorkspace() {
        if (byWorkspace == null) {
            List<WorkspaceSummary> mine = switcher.getMine();
            // The list of the person's workspaces is kept for a minute; one they left since has nothing.
            Map<Long, List<AttentionItem>> items = attention.forWorkspaces(mine.stream()
                    .map(WorkspaceSummary::partnershipId).toList());
            List<WorkspaceItems> found = new ArrayList<>();
            for (WorkspaceSummary workspace : mine) {
                if (!items.get(workspace.partnershipId()).isEmpty()) {
                    found.add(new WorkspaceItems(workspace, items.get(workspace.partnershipId())));
                }
            }
            found.sort(Comparator.comparing(WorkspaceItems::soonest, Comparator.nullsLast(Comparator.naturalOrder())));
            byWorkspace = found;
        }
        return byWorkspace;
    }
}
