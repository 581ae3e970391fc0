package org.consortia.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Refuses anything a browser could read as a tag, comment or character reference, and control
 * characters (such as NUL) that no keyboard types but a crafted request can carry into exports.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#|&[a-zA-Z]+;|javascript:",
            Pattern.CASE_INSENSITIVE);

    public static boolean isPlainText(CharSequence value) {
        return value == null || !MARKUP.matcher(value).find();
    }

    /** Whether the text holds a control character other than tab and line breaks. */
    public static boolean hasControlCharacters(CharSequence value) {
        return value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                || c >= 0xFFFE);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (hasControlCharacters(value)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{org.consortia.validation.PlainText.controlCharacters}")
                    .addConstraintViolation();
            return false;
        }
        return isPlainText(value);
    }
}
