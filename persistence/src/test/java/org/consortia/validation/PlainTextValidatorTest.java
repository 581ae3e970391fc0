package org.consortia.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
