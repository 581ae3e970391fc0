package org.consortia.saving;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.consortia.history.TextDiff;

/**
 * Someone else saved a text since the caller began editing it. Nothing was saved; the exception
 * carries both texts and the difference, so the caller can merge them and save again over the
 * version now stored.
 */
@ApplicationException(rollback = true)
public class TextConflictException extends RuntimeException {

    private final String theirContent;
    private final long theirVersion;
    private final String yourContent;

    public TextConflictException(String theirContent, long theirVersion, String yourContent, String message) {
        super(message);
        this.theirContent = theirContent;
        this.theirVersion = theirVersion;
        this.yourContent = yourContent;
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
