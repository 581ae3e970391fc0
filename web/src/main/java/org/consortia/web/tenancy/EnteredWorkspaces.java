package org.consortia.web.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consortia.tenancy.WorkspaceContext;

/**
 * The workspaces this session has entered, as they were when last entered. Used only to show a form
 * again when the database cannot be reached; every request that can reach it checks afresh.
 */
final class EnteredWorkspaces {

    private static final String ATTRIBUTE = EnteredWorkspaces.class.getName();

    private static final Object CREATION = new Object();

    private EnteredWorkspaces() {
    }

    static void remember(HttpServletRequest request, WorkspaceContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            entered(session).put(context.slug(), context);
        }
    }

    static Optional<WorkspaceContext> lastEntered(HttpServletRequest request, String slug) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable(entered(session).get(slug));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, WorkspaceContext> entered(HttpSession session) {
        Object entered = session.getAttribute(ATTRIBUTE);
        if (entered == null) {
            synchronized (CREATION) {
                entered = session.getAttribute(ATTRIBUTE);
                if (entered == null) {
                    entered = new ConcurrentHashMap<String, WorkspaceContext>();
                    session.setAttribute(ATTRIBUTE, entered);
                }
            }
        }
        return (Map<String, WorkspaceContext>) entered;
    }
}
