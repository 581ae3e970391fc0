package org.consortia.listing;

import java.io.Serializable;
import java.util.List;

/** One page of a list that the database sorted and cut, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int first, int size) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
