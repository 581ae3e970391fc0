package org.consortia.web.faces;

import java.util.List;

/**
 * One page of a list the page has read whole (a workspace's members are read once for every
 * feature that checks them), numbered from 1. A number past the end shows the last page, so a link
 * kept from a longer list still leads somewhere.
 */
public record ListPage<T>(List<T> items, int number, int count, int total, int firstShown) {

    public static <T> ListPage<T> of(List<T> all, Integer requested, int perPage) {
        int count = Math.max(1, (all.size() + perPage - 1) / perPage);
        int number = Math.min(Math.max(1, requested == null ? 1 : requested), count);
        int from = (number - 1) * perPage;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + perPage)), number, count, all.size(), from + 1);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    /** "21 to 40 of 55", for the list's navigation. */
    public String range() {
        return firstShown + " to " + (firstShown + items.size() - 1) + " of " + total;
    }
}
