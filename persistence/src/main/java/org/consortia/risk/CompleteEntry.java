package org.consortia.risk;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The register's rules that span fields: an assessed entry with a high impact has a contingency
 * plan (section 3.8), and a transferred entry says to whom and why (section 3.2).
 */
@Documented
@Constraint(validatedBy = CompleteEntryValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CompleteEntry {

    String message() default "{risk.incomplete}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
