package org.consortia.web.faces;

import jakarta.faces.model.SelectItem;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The options of a drop-down list, worked out once when its page opens. A list given to
 * {@code f:selectItems} with {@code var} has its value and label expressions evaluated for every
 * option every time the page is drawn, which made long lists of people the costliest part of a page.
 */
public final class Choices {

    private Choices() {
    }

    /** One option per item, with the value and label each function gives it. */
    public static <T> List<SelectItem> of(Collection<T> items, Function<T, Object> value, Function<T, String> label) {
        return items.stream().map(item -> new SelectItem(value.apply(item), label.apply(item))).toList();
    }
}
