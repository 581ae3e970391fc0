package org.consortia.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.consortia.tenancy.WorkspaceDirectory;
import org.consortia.tenancy.WorkspaceSummary;
import org.consortia.web.availability.Outage;

/** The signed-in user's own workspaces, for the switcher in the header and the home page. */
@Named
@RequestScoped
public class WorkspaceSwitcher {

    @Inject
    WorkspaceDirectory directory;

    @Inject
    HttpServletRequest request;

    private List<WorkspaceSummary> mine;

    public List<WorkspaceSummary> getMine() {
        if (mine == null) {
            mine = Outage.isMarked(request) ? List.of() : directory.mine();
        }
        return mine;
    }
}
