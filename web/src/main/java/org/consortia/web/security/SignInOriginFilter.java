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

    private static final int MAXIMUM_ADDRESS = 45;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignInOrigin.set(new SignInOrigin(clientAddressOf(request), KnownDeviceCookie.read(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            SignInOrigin.clear();
        }
    }

    /** The client's address, cut to the longest an IPv6 address can be written in, whatever the header held. */
    static String clientAddressOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.length() <= MAXIMUM_ADDRESS ? address : address.substring(0, MAXIMUM_ADDRESS);
    }
}
