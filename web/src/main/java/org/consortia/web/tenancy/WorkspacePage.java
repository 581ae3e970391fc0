package org.consortia.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.consortia.tenancy.WorkspaceContext;

/** The workspace of the current page and the caller's place in it, for the views. */
@Named
@RequestScoped
public class WorkspacePage {

    @Inject
    HttpServletRequest request;

    public WorkspaceContext getContext() {
        return (WorkspaceContext) request.getAttribute(WorkspaceFilter.CONTEXT_ATTRIBUTE);
    }

    /**
     * The address of a page of this workspace, e.g. {@code /w/community-safety/members}; a page named from
     * the portal's root ("/partnerships/...") keeps its own address.
     */
    public String link(String page) {
        if (page != null && page.startsWith("/")) {
            return request.getContextPath() + page;
        }
        return request.getContextPath() + "/w/" + getContext().slug() + (page == null || page.isEmpty() ? "" : "/" + page);
    }

    public String getRoleNames() {
        WorkspaceContext context = getContext();
        if (context.roles().isEmpty()) {
            return context.oversight() ? "Council oversight (read only)" : "";
        }
        return String.join(", ", context.roles().stream().sorted().map(role -> role.label()).toList());
    }
}
