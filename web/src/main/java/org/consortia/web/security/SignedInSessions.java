package org.consortia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.consortia.identity.AccountDisabled;

/** The open sessions of each account, so that disabling an account ends them at once. */
@ApplicationScoped
public class SignedInSessions {

    static final String ACCOUNT_ATTRIBUTE = "consortia.account";

    private final Map<String, Set<HttpSession>> sessionsByEmail = new ConcurrentHashMap<>();

    public void signedIn(String email, HttpSession session) {
        session.setAttribute(ACCOUNT_ATTRIBUTE, email);
        sessionsByEmail.computeIfAbsent(email, key -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        Object email = session.getAttribute(ACCOUNT_ATTRIBUTE);
        if (email != null) {
            Set<HttpSession> sessions = sessionsByEmail.get(email);
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    void endSessionsOf(@Observes AccountDisabled disabled) {
        Set<HttpSession> sessions = sessionsByEmail.remove(disabled.email());
        if (sessions != null) {
            sessions.forEach(SignedInSessions::invalidateQuietly);
        }
    }

    private static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // The session ended on its own in the meantime.
        }
    }
}
