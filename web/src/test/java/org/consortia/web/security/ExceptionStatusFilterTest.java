package org.consortia.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.consortia.access.AccessDeniedException;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.junit.jupiter.api.Test;

class ExceptionStatusFilterTest {

    @Test
    void findsTheServiceExceptionUnderAnyWrapping() {
        ServletException wrapped = new ServletException(new RuntimeException(new WorkspaceNotFoundException()));
        assertEquals(404, ExceptionStatusFilter.statusFor(wrapped));
        assertEquals(403, ExceptionStatusFilter.statusFor(new RuntimeException(new AccessDeniedException("no"))));
        assertEquals(400, ExceptionStatusFilter.statusFor(
                new RuntimeException(new jakarta.faces.application.ViewExpiredException("gone"))));
        assertEquals(400, ExceptionStatusFilter.statusFor(
                new ServletException(new org.consortia.web.faces.TamperedPostbackException("borrowed state", "/workspace/risk.xhtml"))));
        assertEquals(0, ExceptionStatusFilter.statusFor(new ServletException(new IllegalStateException())));
    }

    @Test
    void aDatabaseOutageIsTemporarilyUnavailable() {
        ServletException outage = new ServletException(new RuntimeException(
                new SQLException("This connection has been closed.", "08003")));
        assertEquals(503, ExceptionStatusFilter.statusFor(outage));
    }
}
