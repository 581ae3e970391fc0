package org.consortia.mou;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.consortia.history.TextDiff;

/**
 * Someone else saved the section since the caller began editing it. Nothing was saved; the
 * exception carries both texts and the difference, so the caller can merge and save again.
 */
@ApplicationException(rollback = true)
public class SectionConflictException extends RuntimeException {

    private final MouHeading heading;
    private final String theirContent;
    private final long theirVersion;
    private final String yourContent;

    public SectionConflictException(MouHeading heading, String theirContent, long theirVersion, String yourContent,
            String message) {
        super(message);
        this.heading = heading;
        this.theirContent = theirContent;
        this.theirVersion = theirVersion;
        this.yourContent = yourContent;
    }

    public MouHeading heading() {
        return heading;
    }

    public String theirContent() {
        return theirContent;
    }

    /** The version to save against once the texts are merged. */
    public long theirVersion() {
        return theirVersion;
    }

    public String yourContent() {
        return yourContent;
    }

    /** From their saved text to the caller's. */
    public List<TextDiff.Line> diff() {
        return TextDiff.between(theirContent, yourContent);
    }
}
