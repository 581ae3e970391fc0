package org.consortia.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Sends someone whose roles require a second factor, and who signed in without one, to set it up
 * before any other page: only that page, signing out and the page's resources stay open to them.
 */
public class SecondFactorSetUp extends HttpFilter {

    /** The page where a person sets up their second factor. */
    public static final String PAGE = "/account/second-factor";

    private static final String ATTRIBUTE = "consortia.secondFactorToSetUp";
    private static final Set<String> OPEN = Set.of(PAGE, "/sign-out");

    static void require(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** The second factor has been set up: the session may go anywhere its rights allow. */
    public static void done(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            // The path as the container resolved it, so that no "/.." in the address slips past.
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            boolean open = OPEN.contains(path) || path.equals(PAGE + ".xhtml")
                    || path.startsWith("/jakarta.faces.resource/");
            if (!open) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
