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
        Map<String, String> messages = problemsOf(record);
        if (!messages.isEmpty()) {
            throw new InvalidInputException(messages);
        }
    }

    /**
     * The first message per field, in a map the caller may add the rules between fields to before
     * reporting them all at once.
     */
    public Map<String, String> problemsOf(Object record) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(record)) {
            messages.putIfAbsent(fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return messages;
    }

    /** "councilResources[FINANCE].<map value>" names the field "councilResources[FINANCE]". */
    private static String fieldOf(String path) {
        int element = path.indexOf(".<");
        return element < 0 ? path : path.substring(0, element);
    }
}
