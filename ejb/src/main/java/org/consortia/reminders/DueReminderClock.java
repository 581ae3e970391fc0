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
import org.consortia.text.UkDates;

/**
 * Runs the day's reminders every morning, and a minute after start-up so that a server that was down
 * in the morning catches up (the day's row keeps it to one run a day). The tests, which run them
 * when they choose, move both out of their way with {@code consortia.timers.year}.
 */
@Singleton
@Startup
public class DueReminderClock {

    static final String TESTS_TIMERS = "consortia.timers.year";

    @Inject
    DueReminders reminders;

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
        reminders.runFor(LocalDate.now(UkDates.LONDON));
    }

    @Schedule(hour = "7", minute = "0", timezone = "Europe/London", year = "${consortia.timers.year:*}", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        reminders.runFor(LocalDate.now(UkDates.LONDON));
    }
}
