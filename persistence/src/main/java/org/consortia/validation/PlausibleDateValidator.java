package org.consortia.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks that a date lies between 1 January 1950 and 31 December 2199; no date is fine. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }
}
