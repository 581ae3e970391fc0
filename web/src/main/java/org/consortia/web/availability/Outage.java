package org.consortia.web.availability;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Marks a request that met a database outage, so that what is still rendered for it (the header,
 * the "temporarily unavailable" page, a form kept for the user) reads nothing from the database.
 */
public final class Outage {

    /** How long clients are asked to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String MARK = Outage.class.getName();

    private Outage() {
    }

    public static void mark(ServletRequest request) {
        request.setAttribute(MARK, Boolean.TRUE);
    }

    public static boolean isMarked(ServletRequest request) {
        return request.getAttribute(MARK) != null;
    }

    /** Marks the request and answers 503 with a time to retry, leaving the body to the caller. */
    public static void answer(ServletRequest request, HttpServletResponse response) {
        mark(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
}
