package org.consortia.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void blanksBecomeNothingAndLineBreaksOneCharacterEach() {
        assertNull(TypedText.tidy(null));
        assertNull(TypedText.tidy(" \r\n "));
        assertEquals("First line\nsecond line\nthird", TypedText.tidy("  First line\r\nsecond line\rthird  "));
    }

    @Test
    void aTextThatFillsTheBrowsersBoxStillFitsTheLimit() {
        String typed = ("x".repeat(9) + "\r\n").repeat(400).strip();
        assertEquals(3999, TypedText.tidy(typed).length(), "400 lines of ten characters, as the browser counts them");
    }
}
