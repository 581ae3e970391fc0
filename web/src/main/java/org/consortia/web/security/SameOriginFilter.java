package org.consortia.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.consortia.web.faces.StatelessViews;

/**
 * Refuses a state-changing request that a browser says came from another site: its Origin header,
 * or its Referer when there is no Origin, must name this portal's own host. Page state and the
 * SameSite cookie already stop most such requests; this is the wall behind them. Requests that
 * carry neither header (tools, scripts) are left to the page state, except on the pages drawn without
 * one (signing in), where a post must name this site.
 */
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !mayPost(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A post from this site; to a page drawn without state (signing in), one that also names its
     * source, as every browser does for a form post, since no page state vouches for it.
     */
    static boolean mayPost(HttpServletRequest request) {
        boolean stateless = StatelessViews.isStatelessAddress(request);
        boolean named = request.getHeader("Origin") != null || request.getHeader("Referer") != null;
        return fromThisSite(request) && (named || !stateless);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && host.equalsIgnoreCase(authorityOf(source));
    }

    /** The host and port a URL names, or null for "null" origins and anything unparseable. */
    static String authorityOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() == null ? null : uri.getRawAuthority();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
