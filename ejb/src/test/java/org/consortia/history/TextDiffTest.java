package org.consortia.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.history.TextDiff.Kind;
import org.consortia.history.TextDiff.Line;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsKeptRemovedAndAddedParagraphsInOrder() {
        List<Line> diff = TextDiff.between("<p>Meet quarterly.</p><p>Quorum is three.</p><p>Minutes within a week.</p>",
                "<p>Meet quarterly.</p><p>Quorum is four.</p><p>Minutes within a week.</p>");
        assertEquals(List.of(new Line(Kind.KEPT, "Meet quarterly."), new Line(Kind.REMOVED, "Quorum is three."),
                new Line(Kind.ADDED, "Quorum is four."), new Line(Kind.KEPT, "Minutes within a week.")), diff);
        assertTrue(TextDiff.differs(diff));
    }

    @Test
    void listItemsAndEntitiesReadAsText() {
        assertEquals(List.of("Trust & respect", "Openness"), TextDiff.lines("<ul><li>Trust &amp; respect</li><li>Openness</li></ul>"));
        assertFalse(TextDiff.differs(TextDiff.between("<p>Same</p>", "<p>Same</p>")));
        assertEquals(List.of(new Line(Kind.ADDED, "New")), TextDiff.between("", "<p>New</p>"));
    }
}
