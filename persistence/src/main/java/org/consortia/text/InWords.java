package org.consortia.text;

import java.util.List;

/** Lists written as a sentence says them. */
public final class InWords {

    private InWords() {
    }

    /** "A", "A and B", "A, B and C"; empty for none. */
    public static String list(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
