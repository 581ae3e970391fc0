package org.consortia.mou;

import jakarta.ejb.ApplicationException;
import org.consortia.saving.TextConflictException;

/**
 * Someone else saved the section since the caller began editing it: a text conflict that names the
 * Memorandum's heading.
 */
@ApplicationException(rollback = true)
public class SectionConflictException extends TextConflictException {

    private final MouHeading heading;

    public SectionConflictException(MouHeading heading, String theirContent, long theirVersion, String yourContent,
            String message) {
        super(theirContent, theirVersion, yourContent, message);
        this.heading = heading;
    }

    public MouHeading heading() {
        return heading;
    }
}
