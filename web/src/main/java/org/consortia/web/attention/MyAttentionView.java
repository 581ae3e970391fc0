package org.consortia.web.attention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.tenancy.WorkspaceSummary;
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
    }

    @Inject
    WorkspaceSwitcher switcher;

    @Inject
    AttentionService attention;

    private List<WorkspaceItems> byWorkspace;

    /** The workspaces with something needing attention, each with its items, in the workspaces' order. */
    public List<WorkspaceItems> getByWorkspace() {
        if (byWorkspace == null) {
            List<WorkspaceItems> found = new ArrayList<>();
            for (WorkspaceSummary workspace : switcher.getMine()) {
                // The list of the person's workspaces is kept for a minute; one they left since has nothing.
                List<AttentionItem> items = attention.forWorkspace(workspace.partnershipId());
                if (!items.isEmpty()) {
                    found.add(new WorkspaceItems(workspace, items));
                }
            }
            byWorkspace = found;
        }
        return byWorkspace;
    }
}
