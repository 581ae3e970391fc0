package org.consortia.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Draws the pages anyone may open without signing in (signing in, the public register, the
 * accessibility statement, the error pages) without page state. Faces keeps a stateful page in the
 * visitor's session, so each anonymous visit cost the server a session for half an hour: a robot
 * asking for the sign-in page a few hundred times a second would have filled the memory. These pages
 * hold no record a post could act on, so nothing is lost. A view is marked stateless as it is
 * created, before anything (such as the component library's script nonce) looks for its state; a
 * posted sign-in form is rebuilt without this handler, so the layout marks it too.
 */
public class StatelessViews extends ViewHandlerWrapper {

    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/register.xhtml", "/register-entry.xhtml",
            "/accessibility.xhtml", "/forgot-password.xhtml", "/reset-password.xhtml", "/invitation.xhtml",
            "/sign-in-code.xhtml");
    private static final String ERROR_PAGES = "/WEB-INF/errorpages/";

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    /** Whether the page the request is addressed to (such as {@code /login}) is drawn without state. */
    public static boolean isStatelessAddress(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PUBLIC_PAGES.contains(path.endsWith(".xhtml") ? path : path + ".xhtml");
    }

    /** Whether the page is drawn without state; also the layout's {@code cs:stateless} function. */
    public static boolean isStateless(String viewId) {
        return viewId != null && (PUBLIC_PAGES.contains(viewId) || viewId.startsWith(ERROR_PAGES));
    }
}
