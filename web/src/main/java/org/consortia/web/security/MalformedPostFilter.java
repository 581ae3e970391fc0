package org.consortia.web.security;

import io.undertow.util.ParameterLimitException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.web.faces.StatelessViews;

/**
 * Refuses with 400 a form post no page of the portal sends, before Faces reads it: one with more
 * fields than the server reads (1,000), one claiming a stateless page anywhere but the public pages,
 * the only ones the portal draws without state (see {@code StatelessViews}), or page state sent by any
 * method but POST. The answer is written here, not by a Faces error page, which would trip over the same
 * request.
 */
public class MalformedPostFilter extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String ANSWER = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>The form could not be read</title></head>"
            + "<body><h1>The form could not be read</h1><p>Nothing has been saved. Go back, reload the page and try"
            + " again.</p></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean post = "POST".equals(request.getMethod());
        // Faces takes any request carrying page state for a form post, whatever its method: a link could
        // then sign someone in or out through a page drawn without state.
        if (!post && request.getParameter(VIEW_STATE) != null || post && isMalformed(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(ANSWER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMalformed(HttpServletRequest request) {
        try {
            return "stateless".equals(request.getParameter(VIEW_STATE))
                    && !StatelessViews.isStatelessAddress(request);
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ParameterLimitException) {
                    return true;
                }
            }
            throw failure;
        }
    }
}
