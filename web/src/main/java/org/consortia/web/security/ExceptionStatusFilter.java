package org.consortia.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.access.SecondFactorRequiredException;
import org.consortia.availability.DatabaseOutage;
import org.consortia.web.availability.Outage;

/**
 * Answers a record out of reach with 404 and a forbidden action with 403, whatever layer of Faces
 * or CDI wrapped the service's exception, so that the status matches the friendly page. A form
 * posted with a view state the server does not know (expired, or forged) gets 400 and the expired
 * page, as does one whose page state does not belong to the page it was posted to (see
 * {@code PostbackIntegrity}). A request that could not reach the database gets 503 with a time to
 * retry and the "temporarily unavailable" page, which reads nothing from the database.
 */
public class ExceptionStatusFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ExceptionStatusFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            int status = statusFor(failure);
            if (status == 0) {
                throw failure;
            }
            response.resetBuffer();
            if (causedBy(failure, SecondFactorRequiredException.class) && !request.getRequestURI().startsWith(
                    request.getContextPath() + "/api/")) {
                // A page of a workspace that asks for a second factor: set one up, then come back.
                response.sendRedirect(request.getContextPath() + SecondFactorSetUp.PAGE + "?for=workspace");
                return;
            }
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                LOG.log(Level.WARNING, "Answered 503, the database is out of reach: {0}", DatabaseOutage.describe(failure));
                Outage.answer(request, response);
            }
            response.sendError(status);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static int statusFor(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (causedBy(failure, RecordNotFoundException.class)) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (causedBy(failure, AccessDeniedException.class)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (causedBy(failure, ViewExpiredException.class)) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        return 0;
    }
}
