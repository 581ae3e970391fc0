package org.consortia.web.tenancy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.access.ReadOnlyTransactions;
import org.consortia.access.RecordNotFoundException;
import org.consortia.availability.DatabaseOutage;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceDirectory;
import org.consortia.web.availability.Outage;

/**
 * Turns {@code /w/{slug}/page} into the workspace's view and sets the workspace for everything the
 * request does. A workspace the caller may not enter answers 404, like one that does not exist, for
 * pages, form posts and REST calls alike. The views themselves cannot be reached by their own path.
 */
public class WorkspaceFilter extends HttpFilter {

    public static final String CONTEXT_ATTRIBUTE = "consortia.workspace";

    private static final Pattern PAGE = Pattern.compile("^/w/([a-z0-9-]{1,60})(?:/([a-z-]*))?/?$");
    private static final Pattern API = Pattern.compile("^/api/w/([a-z0-9-]{1,60})(/.*)?$");
    private static final Set<String> PAGES = Set.of("home", "members", "history", "mou", "mou-history", "mou-as-of", "mou-verify", "conduct",
            "risks", "risk", "form", "form-history", "meeting-rules",
            "meetings", "meeting", "agenda", "meeting-record", "minutes", "actions", "polls",
            "poll");

    @Inject
    WorkspaceDirectory directory;

    @Inject
    WorkspaceAccess access;

    @Resource
    UserTransaction transaction;

    @Inject
    ReadOnlyTransactions readOnly;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = PageTransaction.pathOf(request);
        Matcher page = PAGE.matcher(path);
        Matcher api = API.matcher(path);
        String slug;
        String view;
        if (page.matches()) {
            slug = page.group(1);
            String name = page.group(2) == null || page.group(2).isEmpty() ? "home" : page.group(2);
            if (!PAGES.contains(name)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            view = "/workspace/" + name + ".xhtml";
        } else if (api.matches()) {
            slug = api.group(1);
            view = null;
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Long> workspace;
        try {
            workspace = directory.idOfSlug(slug);
        } catch (RuntimeException failure) {
            keepFormPostedInOutage(request, response, slug, view, failure);
            return;
        }
        if (workspace.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CurrentWorkspace.enter(workspace.get());
        try {
            if (PageTransaction.isView(request)) {
                PageTransaction.run(transaction, readOnly, () -> serve(request, response, chain, slug, view));
            } else {
                serve(request, response, chain, slug, view);
            }
        } finally {
            CurrentWorkspace.leave();
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String slug,
            String view) throws IOException, ServletException {
        WorkspaceContext context;
        try {
            context = access.enter();
        } catch (RecordNotFoundException notAMember) {
            WorkspaceSwitcher.noteEntry(request, slug, false);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException failure) {
            CurrentWorkspace.leave();
            keepFormPostedInOutage(request, response, slug, view, failure);
            return;
        }
        request.setAttribute(CONTEXT_ATTRIBUTE, context);
        EnteredWorkspaces.remember(request, context);
        WorkspaceSwitcher.noteEntry(request, slug, !context.roles().isEmpty());
        if (view == null) {
            chain.doFilter(request, response);
        } else {
            request.getRequestDispatcher(view).forward(request, response);
        }
    }

    /**
     * A page form posted while the database is out of reach is shown again with what the user entered
     * (see {@code OutagePostbacks}), with the workspace as the caller last entered it in
     * this session: nothing is read or saved, and the page shows only what it showed before. Anything
     * else fails as it would have.
     */
    private static void keepFormPostedInOutage(HttpServletRequest request, HttpServletResponse response, String slug,
            String view, RuntimeException failure) throws IOException, ServletException {
        Optional<WorkspaceContext> entered = EnteredWorkspaces.lastEntered(request, slug);
        if (view == null || !"POST".equals(request.getMethod()) || entered.isEmpty()
                || !DatabaseOutage.causedBy(failure)) {
            throw failure;
        }
        Outage.mark(request);
        request.setAttribute(CONTEXT_ATTRIBUTE, entered.get());
        request.getRequestDispatcher(view).forward(request, response);
    }
}
