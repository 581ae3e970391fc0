package org.consortia.reminders;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.consortia.notification.Digests;
import org.consortia.text.UkDates;

/**
 * Every morning, runs the day's reminders and then makes the digests due (so that the day's reminders
 * are in them); and a minute after start-up, so that a server that was down in the morning catches up
 * (the day's row keeps the reminders, and the digests after them, to one run a day). The tests,
 * which run both when they choose, move the clock out of their way with {@code consortia.timers.year}.
 */
@Singleton
@Startup
public class MorningClock {

    static final String TESTS_TIMERS = "consortia.timers.year";

    @Inject
    DueReminders reminders;

    @Inject
    Digests digests;

    @Resource
    TimerService timers;

    @PostConstruct
    void catchUpAfterStartUp() {
        if (System.getProperty(TESTS_TIMERS) == null) {
            timers.createSingleActionTimer(Duration.ofMinutes(1).toMillis(), new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStartUp() {
        morning();
    }

    @Schedule(hour = "7", minute = "0", timezone = "Europe/London", year = "${consortia.timers.year:*}", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        morning();
    }

    /** The digests are made by the server that ran the day's reminders, once it has, so that they hold them. */
    private void morning() {
        LocalDate today = LocalDate.now(UkDates.LONDON);
        if (reminders.runFor(today).ran()) {
            digests.composeDue(today);
        }
    }
}
