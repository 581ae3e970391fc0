package org.consortia.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.RecordNotFoundException;

/**
 * Answers a record out of reach with 404 and a forbidden action with 403, whatever layer of Faces
 * or CDI wrapped the service's exception, so that the status matches the friendly page.
 */
public class ExceptionStatusFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            int status = statusFor(failure);
            if (status == 0 || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.sendError(status);
        }
    }

    static int statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordNotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
        }
        return 0;
    }
}
