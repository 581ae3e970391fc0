package org.consortia.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;

/** Sends what the outbox holds every minute, where a mail server is configured. */
@Singleton
public class OutboxTimer {

    @Inject
    OutboxSender sender;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void sendDue() {
        if (MailServer.configured()) {
            sender.sendDue(Instant.now());
        }
    }
}
