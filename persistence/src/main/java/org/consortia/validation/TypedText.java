package org.consortia.validation;

/**
 * Tidies what a user typed before it is checked and stored: no surrounding spaces, nothing for a
 * blank, and one character per line break. Browsers count a line break as one character against a
 * text box's limit but send two, so without this a text that fitted the box could be refused.
 */
public final class TypedText {

    private TypedText() {
    }

    public static String tidy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
