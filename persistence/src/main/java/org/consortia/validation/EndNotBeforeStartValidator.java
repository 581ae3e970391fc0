package org.consortia.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports an end date before its start against the end date's own property. */
public class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, DateRange> {

    @Override
    public boolean isValid(DateRange range, ConstraintValidatorContext context) {
        if (range == null || range.rangeStart() == null || range.rangeEnd() == null
                || !range.rangeEnd().isBefore(range.rangeStart())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(range.rangeEndProperty())
                .addConstraintViolation();
        return false;
    }
}
