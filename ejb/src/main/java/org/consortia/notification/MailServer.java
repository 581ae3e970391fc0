package org.consortia.notification;

/**
 * Whether the portal has a mail server to send through: one is named by {@code CONSORTIA_SMTP_HOST}
 * (its port, credentials, TLS and sender by the variables the README lists). Without it the portal
 * queues nothing to send and says so to administrators.
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
