package org.consortia.forms;

/** An answer that its question's kind does not accept, with the message to show beside the field. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
