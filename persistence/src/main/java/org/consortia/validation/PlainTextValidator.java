package org.consortia.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Refuses anything a browser could read as a tag, comment or character reference. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#|&[a-zA-Z]+;|javascript:",
            Pattern.CASE_INSENSITIVE);

    public static boolean isPlainText(CharSequence value) {
        return value == null || !MARKUP.matcher(value).find();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return isPlainText(value);
    }
}
