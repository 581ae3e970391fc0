package org.consortia.web.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consortia.tenancy.WorkspaceContext;

/**
 * The workspaces this session's user has entered, as they were when last entered. Used only to show
 * a form again when the database cannot be reached; every request that can reach it checks afresh.
 * Each is kept with the account that entered it, since signing in keeps the session's attributes.
 */
final class EnteredWorkspaces {

    private static final String ATTRIBUTE = EnteredWorkspaces.class.getName();

    private static final Object CREATION = new Object();

    private EnteredWorkspaces() {
    }

    private record Entered(String account, WorkspaceContext context) implements Serializable {
    }

    static void remember(HttpServletRequest request, WorkspaceContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            entered(session).put(context.slug(), new Entered(request.getUserPrincipal().getName(), context));
        }
    }

    static Optional<WorkspaceContext> lastEntered(HttpServletRequest request, String slug) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entered(session).get(slug))
                .filter(entered -> entered.account().equals(request.getUserPrincipal().getName()))
                .map(Entered::context);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entered> entered(HttpSession session) {
        Object entered = session.getAttribute(ATTRIBUTE);
        if (entered == null) {
            synchronized (CREATION) {
                entered = session.getAttribute(ATTRIBUTE);
                if (entered == null) {
                    entered = new ConcurrentHashMap<String, Entered>();
                    session.setAttribute(ATTRIBUTE, entered);
                }
            }
        }
        return (Map<String, Entered>) entered;
    }
}
