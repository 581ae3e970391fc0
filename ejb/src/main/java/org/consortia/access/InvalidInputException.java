package org.consortia.access;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input broke a rule; the messages are keyed by the field they belong beside. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> messagesByField;

    public InvalidInputException(Map<String, String> messagesByField) {
        super(String.join(" ", messagesByField.values()));
        // In the order given, which is the order the fields are listed in the summary above the form.
        this.messagesByField = Collections.unmodifiableMap(new LinkedHashMap<>(messagesByField));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** The messages by field, in the order the fields were given. */
    public Map<String, String> messagesByField() {
        return messagesByField;
    }
}
