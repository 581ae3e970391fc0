package org.consortia.forms;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/**
 * Someone else saved some of the same answers since the caller loaded the form. Nothing was saved;
 * the exception carries the form as it now stands and which parts clash, so the caller can compare
 * and save again.
 */
@ApplicationException(rollback = true)
public class FormConflictException extends RuntimeException {

    private final FormContents current;
    private final Set<String> questions;
    private final boolean signOff;

    public FormConflictException(FormContents current, Set<String> questions, boolean signOff) {
        super("Someone else changed some of these answers while you were editing them. Nothing was saved.");
        this.current = current;
        this.questions = Set.copyOf(questions);
        this.signOff = signOff;
    }

    /** The form as it stands now, with the versions to save against. */
    public FormContents current() {
        return current;
    }

    /** The questions whose answers someone else changed. */
    public Set<String> questions() {
        return questions;
    }

    /** Whether someone else changed who completed the form. */
    public boolean signOff() {
        return signOff;
    }
}
