package org.consortia.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written out in full as British readers expect them in sentences and documents. */
public final class UkDates {

    /** The council's time zone, in which every moment is shown. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** "2 December 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "2 December 2026, 14:05", in London time. */
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(LONDON);

    private UkDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The day a moment fell on in London. */
    public static String day(Instant moment) {
        return DAY.format(LocalDate.ofInstant(moment, LONDON));
    }
}
