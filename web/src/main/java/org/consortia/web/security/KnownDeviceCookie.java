package org.consortia.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.consortia.identity.SignInOrigin;
import org.consortia.text.SecretTokens;

/**
 * The cookie by which a browser that signed in before is recognised. It holds only a random token;
 * the portal keeps the token's hash beside the account.
 */
public final class KnownDeviceCookie {

    static final String NAME = "consortia-device";
    private static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private KnownDeviceCookie() {
    }

    /** The token the browser sent, or null. */
    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Before a sign-in, gives a browser without a token a new one to keep for a year, and puts it
     * in the request's origin; it becomes a known device only if the sign-in succeeds. Given
     * beforehand because a successful sign-in may redirect, and so end the response, at once.
     */
    public static void offer(HttpServletRequest request, HttpServletResponse response) {
        if (read(request) != null) {
            return;
        }
        String token = SecretTokens.next();
        SignInOrigin.set(new SignInOrigin(SignInOrigin.current().clientAddress(), token));
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(MAX_AGE);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
