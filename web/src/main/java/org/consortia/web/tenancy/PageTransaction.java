package org.consortia.web.tenancy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.consortia.access.ReadOnlyTransactions;

/**
 * Serves a page view in one transaction, so every service the page calls shares one persistence
 * context and one connection, and the caller and the workspace are resolved once. Only views are
 * wrapped (GET and HEAD): a form post keeps a transaction per service call, so that a refused or
 * conflicting save rolls back alone and the page that reports it reads in a transaction of its own.
 * The transaction must begin after the request's workspace is set, because the workspace of a
 * persistence context is fixed when it opens.
 */
public final class PageTransaction {

    /** Work that a filter does for the request. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, ServletException;
    }

    private PageTransaction() {
    }

    /** Whether the request is a page view or download rather than a form post or a static file. */
    public static boolean isView(HttpServletRequest request) {
        String method = request.getMethod();
        String path = pathOf(request);
        return ("GET".equals(method) || "HEAD".equals(method)) && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/resources/");
    }

    /** The request's address within the portal, e.g. {@code /w/community-safety/risks}. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Runs the work in a read-only transaction of its own, committed when the work ends normally and
     * rolled back when it fails or a service marked it for rollback.
     */
    public static void run(UserTransaction transaction, ReadOnlyTransactions readOnly, Work work)
            throws IOException, ServletException {
        try {
            transaction.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new ServletException("Could not begin the page's transaction", e);
        }
        boolean completed = false;
        try {
            readOnly.makeCurrentReadOnly();
            work.run();
            completed = true;
        } finally {
            end(transaction, completed);
        }
    }

    private static void end(UserTransaction transaction, boolean completed) throws ServletException {
        try {
            if (completed && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            if (completed) {
                throw new ServletException("Could not end the page's transaction", e);
            }
            // The work's own failure is what the caller must see.
        }
    }
}
