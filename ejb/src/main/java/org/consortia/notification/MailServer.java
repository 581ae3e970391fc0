package org.consortia.notification;

/**
 * Whether the portal has a mail server to send through: one is named by {@code CONSORTIA_SMTP_HOST}
 * (its port, credentials, TLS and sender by the variables the README lists). Without it no event is
 * queued for sending, nothing is sent, and administrators are told so.
 */
public final class MailServer {

    static final String HOST = "CONSORTIA_SMTP_HOST";

    private MailServer() {
    }

    public static boolean configured() {
        String host = System.getenv(HOST);
        return host != null && !host.isBlank();
    }
}
