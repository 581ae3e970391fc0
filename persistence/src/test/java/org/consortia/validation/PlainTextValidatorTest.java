package org.consortia.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a < b and <b>bold</b>",
            "</textarea>", "<!-- comment -->", "&#60;script&#62;", "&lt;script&gt;", "javascript:alert(1)",
            "< script>"})
    void refusesMarkup(String text) {
        assertFalse(PlainTextValidator.isPlainText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Safer Redditch Partnership", "Budget < £5,000 and > £1,000", "Health & Wellbeing",
            "A&E attendance", "O'Brien", "1 < 2", "Email: chair@example.org"})
    void acceptsOrdinaryText(String text) {
        assertTrue(PlainTextValidator.isPlainText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000here", "bell\u0007", "escape\u001b[31m", "delete\u007f", "next line\u0085",
            "not a character\uFFFF"})
    void refusesControlCharacters(String text) {
        assertTrue(PlainTextValidator.hasControlCharacters(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Two\nlines", "Windows\r\nline", "a\ttab", "Małgorzata Żółć", "£5 – €6"})
    void acceptsLineBreaksTabsAndEveryLetter(String text) {
        assertFalse(PlainTextValidator.hasControlCharacters(text));
    }

    @Test
    void datesFromNineteenFiftyToTwentyOneNinetyNineArePlausible() {
        PlausibleDateValidator validator = new PlausibleDateValidator();
        assertFalse(validator.isValid(LocalDate.of(1900, 1, 1), null));
        assertFalse(validator.isValid(LocalDate.of(1949, 12, 31), null));
        assertTrue(validator.isValid(LocalDate.of(1950, 1, 1), null));
        assertTrue(validator.isValid(LocalDate.of(2199, 12, 31), null));
        assertFalse(validator.isValid(LocalDate.of(20266, 1, 1), null));
        assertTrue(validator.isValid(null, null));
    }
}
