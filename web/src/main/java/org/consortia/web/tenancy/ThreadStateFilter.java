package org.consortia.web.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.history.RevisionAuthor;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Leaves no workspace or revision author behind on a pooled thread when a request ends, so the next
 * request on that thread starts from nothing. Mapped first in web.xml.
 */
public class ThreadStateFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentWorkspace.leave();
            RevisionAuthor.clear();
        }
    }
}
