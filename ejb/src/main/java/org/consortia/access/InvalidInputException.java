package org.consortia.access;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input broke a rule; the messages are keyed by the field they belong beside. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> messagesByField;

    public InvalidInputException(Map<String, String> messagesByField) {
        super(String.join(" ", messagesByField.values()));
        this.messagesByField = Map.copyOf(messagesByField);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> messagesByField() {
        return messagesByField;
    }
}
