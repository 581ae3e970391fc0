package org.consortia.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date a partnership could really mean: from 1950 to 2199. A slip of the keyboard (a deadline in
 * 1900, a review in 20266) is refused rather than stored.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{org.consortia.validation.PlausibleDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
