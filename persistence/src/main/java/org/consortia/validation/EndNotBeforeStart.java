package org.consortia.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The end date of a {@link DateRange} is not before its start. */
@Documented
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EndNotBeforeStart {

    String message() default "{org.consortia.validation.EndNotBeforeStart.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
