package org.consortia.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consortia.identity.SignInOrigin;

/**
 * Tells the services where the request comes from: the client's address (the server takes it from
 * the trusted proxy's header when configured to, see the README) and the browser's known-device
 * token, both of which the sign-in lock-out counts by.
 */
public class SignInOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignInOrigin.set(new SignInOrigin(request.getRemoteAddr(), KnownDeviceCookie.read(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            SignInOrigin.clear();
        }
    }
}
