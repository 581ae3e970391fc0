package org.consortia.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionCookieConfig;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Gives the session cookie of a request served over TLS (directly, or through a proxy the server
 * trusts, see the README) the {@code Secure} flag and the {@code __Host-} prefix, so that it never
 * travels unencrypted and no other host can set it. Plain HTTP, as in development, keeps the
 * ordinary cookie. Decided per request, because the same server may be reached both ways.
 */
public class SecureSessionCookies implements ServletExtension {

    static final String SECURE_NAME = "__Host-JSESSIONID";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.setSessionConfigWrapper((plain, ignored) -> new ByScheme(plain));
    }

    /** The plain session cookie for plain requests, the secure one for secure requests. */
    private static final class ByScheme implements SessionConfig {

        private final SessionConfig plain;
        private final SessionCookieConfig secure = new SessionCookieConfig()
                .setCookieName(SECURE_NAME)
                .setPath("/")
                .setSecure(true)
                .setHttpOnly(true)
                .setAttribute("SameSite", "Lax");

        ByScheme(SessionConfig plain) {
            this.plain = plain;
        }

        private SessionConfig of(HttpServerExchange exchange) {
            return exchange.isSecure() ? secure : plain;
        }

        @Override
        public void setSessionId(HttpServerExchange exchange, String sessionId) {
            of(exchange).setSessionId(exchange, sessionId);
        }

        @Override
        public void clearSession(HttpServerExchange exchange, String sessionId) {
            of(exchange).clearSession(exchange, sessionId);
        }

        @Override
        public String findSessionId(HttpServerExchange exchange) {
            return of(exchange).findSessionId(exchange);
        }

        @Override
        public SessionCookieSource sessionCookieSource(HttpServerExchange exchange) {
            return of(exchange).sessionCookieSource(exchange);
        }

        @Override
        public String rewriteUrl(String originalUrl, String sessionId) {
            return plain.rewriteUrl(originalUrl, sessionId);
        }
    }
}
