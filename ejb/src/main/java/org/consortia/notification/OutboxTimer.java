package org.consortia.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Sends what the outbox holds every minute, where a mail server is configured. The tests, which send
 * when they choose, move the schedule out of their way with {@code consortia.timers.year}.
 */
@Singleton
public class OutboxTimer {

    @Inject
    OutboxSender sender;

    @Schedule(minute = "*", hour = "*", year = "${consortia.timers.year:*}", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (MailServer.configured()) {
            sender.sendDue(Instant.now());
        }
    }
}
