package org.consortia.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line-by-line comparison of two texts for people to read: every line of the result is kept,
 * added or removed. Rich text is compared as its words, one paragraph or list item per line.
 */
public final class TextDiff {

    /** What happened to one line between the two texts. */
    public enum Kind { KEPT, ADDED, REMOVED }

    /** One line of the comparison. */
    public record Line(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Line> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new Line(Kind.KEPT, old.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new Line(Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new Line(Kind.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            result.add(new Line(Kind.KEPT, old.get(position)));
        }
        return result;
    }

    /** Whether the comparison found any difference. */
    public static boolean differs(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.kind() != Kind.KEPT);
    }

    /** The readable lines of a text that may be HTML: block ends become line breaks, tags go. */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = text.replaceAll("(?i)<br\\s*/?>|</(p|li|h[1-6]|blockquote|div)>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return Arrays.stream(plain.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
