package org.consortia.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consortia.access.InvalidInputException;

/** Runs every Bean Validation rule of a record and reports the first message per field. */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public void check(Object record) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(record)) {
            String field = fieldOf(violation.getPropertyPath().toString());
            messages.putIfAbsent(field, violation.getMessage());
        }
        if (!messages.isEmpty()) {
            throw new InvalidInputException(messages);
        }
    }

    /** "councilResources[FINANCE].<map value>" names the field "councilResources[FINANCE]". */
    private static String fieldOf(String path) {
        int element = path.indexOf(".<");
        return element < 0 ? path : path.substring(0, element);
    }
}
