package org.consortia.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets sessions that end, so the registry of signed-in sessions does not grow. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
