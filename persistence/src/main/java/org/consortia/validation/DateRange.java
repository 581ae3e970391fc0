package org.consortia.validation;

import java.time.LocalDate;

/** Something with a start and an optional end date, which must not come before the start. */
public interface DateRange {

    LocalDate rangeStart();

    LocalDate rangeEnd();

    /** The property that holds the end date, so the message stands beside that field. */
    String rangeEndProperty();
}
