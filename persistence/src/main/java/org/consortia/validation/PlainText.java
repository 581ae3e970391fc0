package org.consortia.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that must not contain markup or control characters: tags, scripts, HTML comments and
 * characters such as NUL are refused, not stripped.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{org.consortia.validation.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
