package org.consortia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.consortia.identity.EndSessions;

/**
 * The open sessions of each account, so that disabling an account or changing its password ends
 * them at once.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String ACCOUNT_ATTRIBUTE = "consortia.account";
    static final String SIGNED_IN_AT = "consortia.signedInAt";

    private final Map<Long, Set<HttpSession>> sessionsByAccount = new ConcurrentHashMap<>();

    @Inject
    HttpServletRequest currentRequest;

    public void signedIn(long accountId, HttpSession session) {
        session.setAttribute(ACCOUNT_ATTRIBUTE, accountId);
        session.setAttribute(SIGNED_IN_AT, Instant.now());
        sessionsByAccount.computeIfAbsent(accountId, key -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** What the signed-in sessions weigh, for the administrators' server page. */
    public SessionFootprint footprint() {
        return SessionFootprint.of(sessionsByAccount.values().stream().flatMap(Set::stream).toList());
    }

    void ended(HttpSession session) {
        if (session.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Long accountId) {
            Set<HttpSession> sessions = sessionsByAccount.get(accountId);
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    void end(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndSessions ending) {
        Set<HttpSession> sessions = sessionsByAccount.get(ending.accountId());
        if (sessions == null) {
            return;
        }
        HttpSession current = ending.exceptCurrent() ? currentRequest.getSession(false) : null;
        for (HttpSession session : Set.copyOf(sessions)) {
            if (current == null || !session.getId().equals(current.getId())) {
                sessions.remove(session);
                invalidateQuietly(session);
            }
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
